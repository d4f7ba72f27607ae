import { useState, type ReactNode } from 'react';
import type { Poll as PollRecord } from '../../data/types';
import { preloadable } from '../../ui/preloadable';
import { useOpenPoll } from './use-polls';

// The poll screen is its own chunk: the welcome screen comes first. A poll open at start
// is fetched at once, and otherwise it loads when the kiosk is idle (AttendeeKiosk).
const Poll = preloadable(() => import('./KioskPoll').then((m) => m.KioskPoll));
export const preloadKioskPoll = (): Promise<void> => Poll.preload();

interface GateProps {
  screeningId: string | undefined;
  thanksSec: number;
  onDone: () => void;
  /** The welcome screen, shown when no poll is open or this person skipped it. */
  children: ReactNode;
}

/**
 * While a poll is open, each visit starts with it. An untouched kiosk follows the poll
 * open now (closed: back to the welcome screen; another opened: that one). Once the
 * person touches an answer the poll is held for the rest of the visit: if the
 * facilitator closes it meanwhile, the answer is refused and said so, rather than the
 * screen changing under the attendee's finger.
 */
export function KioskPollGate({ screeningId, thanksSec, onDone, children }: GateProps) {
  const open = useOpenPoll(screeningId);
  const [held, setHeld] = useState<PollRecord | null>(null);
  const [skipped, setSkipped] = useState<string | null>(null);
  const shown = held ?? open;
  if (shown && shown.id !== skipped)
    return (
      <Poll.Component
        key={shown.id}
        poll={shown}
        thanksSec={thanksSec}
        onTouch={() => setHeld(shown)}
        onSkip={() => {
          setHeld(null);
          setSkipped(shown.id);
        }}
        onDone={onDone}
      />
    );
  return open === undefined ? null : children;
}
