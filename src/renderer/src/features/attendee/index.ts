export { AttendeeKiosk } from './AttendeeKiosk';
export { KioskLockGate } from './KioskLockGate';
export { useKioskLocked, lockThisWindow } from './kiosk-lock';
export { PinSettings } from './PinSettings';
