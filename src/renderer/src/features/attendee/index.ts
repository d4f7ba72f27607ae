export { AttendeeKiosk } from './AttendeeKiosk';
export { KioskLockGate } from './KioskLockGate';
export { useKioskLocked, lockThisWindow, relockOnStart } from './kiosk-lock';
export { PinSettings } from './PinSettings';
