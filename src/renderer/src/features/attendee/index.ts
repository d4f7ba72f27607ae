export { AttendeeKiosk } from './AttendeeKiosk';
export { KioskLockGate } from './KioskLockGate';
export { handOver, useKioskLocked, relockOnStart } from './kiosk-lock';
export { PinSettings } from './PinSettings';
