import { useEffect } from 'react';
import { applyPhoneEntries } from '../../data/repos/phone-entries';
import { phoneVisibleQuestions } from '../../data/repos/phones';
import { getSetting, setSetting } from '../../data/repos/settings';
import { useActiveScreening } from '../../data/use-active-screening';
import { useLive } from '../../data/use-live';
import { kiosk } from '../../platform';
import { followPhoneAccess } from './follow-address';
import { phoneRecordings } from './phone-recordings';

let draining = false;
let again = false;

/**
 * Drains the platform's phone journal into the data module, then acknowledges: an entry
 * is forgotten by the journal only once its record (and outbox row) is committed, so a
 * crash in between replays it, and the replay changes nothing. Runs single-flight, when
 * the platform announces an entry and every few seconds (a missed announcement).
 */
export async function drainPhones(): Promise<void> {
  // An entry announced while a drain runs is drained right after it, not at the next
  // tick: its phone is waiting for "saved" (ackWaitMs), and the tick is 3 s away.
  if (draining) return void (again = true);
  draining = true;
  try {
    for (;;) {
      again = false;
      const pending = await kiosk.phones.pending();
      if (!pending.ok) return;
      if (pending.value.length === 0) {
        if (again) continue;
        return;
      }
      const batch = pending.value.slice(0, 200);
      const done = await applyPhoneEntries(batch, await phoneRecordings(batch));
      const acked = await kiosk.phones.ack([...done.keys()]);
      if (!acked.ok) return;
    }
  } finally {
    draining = false;
  }
}

/** Closes phone access (the link dies) and tells the stage. */
export async function stopPhones(): Promise<void> {
  await kiosk.phones.stop();
  await setSetting('phones.access', { url: null, screeningId: null, address: null });
}

/**
 * The console's side of phone access, mounted once by the console: drains entries,
 * publishes the approved questions and their counts as they change, and closes access
 * when the screening it was opened for is no longer the active, open one.
 */
export function usePhoneBridge(): void {
  const screening = useActiveScreening();
  const live = screening && screening.phase !== 'closed' ? screening.id : null;
  const visible = useLive(() => (live ? phoneVisibleQuestions(live) : null), [live], null);

  useEffect(() => {
    void drainPhones();
    const off = kiosk.phones.onEntry(() => void drainPhones());
    const timer = setInterval(() => {
      void drainPhones();
      void followPhoneAccess();
    }, 3000);
    return () => {
      off();
      clearInterval(timer);
    };
  }, []);

  useEffect(() => {
    if (visible) void kiosk.phones.publish(visible);
  }, [visible]);

  useEffect(() => {
    void (async () => {
      const access = await getSetting('phones.access');
      if (access?.screeningId && access.screeningId !== live) await stopPhones();
    })();
  }, [live]);
}
