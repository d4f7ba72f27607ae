import { AttendeeKiosk } from '../features/attendee';

/** The shared attendee screen. Leaving it needs the facilitator PIN (inside AttendeeKiosk). */
export function KioskShell() {
  return (
    <div className="kiosk">
      <AttendeeKiosk />
    </div>
  );
}
