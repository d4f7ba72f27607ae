import { useEffect } from 'react';
import { KioskWelcome } from '../features/attendee/KioskWelcome';
import { lockThisWindow } from '../features/attendee/kiosk-lock';
import { afterPaint } from '../ui/after-paint';
import { afterFrame } from '../ui/after-frame';

// The kiosk and its database load right after the welcome screen's first frame (not when
// idle: the attendee waits for them): a field laptop shows the welcome first, and the
// choices answer once the screening is read.
const Kiosk = afterPaint(() => import('./KioskShell').then((m) => m.KioskShell), Welcome, afterFrame);

function Welcome() {
  return (
    <div className="kiosk">
      <KioskWelcome />
    </div>
  );
}

/** The attendee screen's first chunk. Opening it locks this window at once (leaving needs the PIN). */
export function KioskStart() {
  useEffect(() => lockThisWindow(), []);
  return <Kiosk />;
}
