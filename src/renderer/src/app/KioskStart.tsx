import { useEffect } from 'react';
import { KioskWelcome } from '../features/attendee/KioskWelcome';
import { lockThisWindow } from '../features/attendee/kiosk-lock';
import { afterPaint } from '../ui/after-paint';

// The kiosk and its database load right after the welcome screen has painted: a field
// laptop shows the welcome first, and the choices answer once the screening is read.
const Kiosk = afterPaint(() => import('./KioskShell').then((m) => m.KioskShell), Welcome);

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
