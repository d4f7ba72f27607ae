import { useSyncExternalStore } from 'react';

/**
 * Whether this window is in attendee-kiosk mode. Kept per window (sessionStorage):
 * entering `#/kiosk` locks the window it runs in, and only the facilitator PIN unlocks
 * it, while a console in another window stays usable. Editing the hash or reloading
 * the page keeps the lock.
 */
const KEY = 'kiosk.locked';
const CHANGED = 'kiosk-lock-changed';

export function lockThisWindow(): void {
  if (isThisWindowLocked()) return;
  sessionStorage.setItem(KEY, '1');
  window.dispatchEvent(new Event(CHANGED));
}

export function unlockThisWindow(): void {
  sessionStorage.removeItem(KEY);
  window.dispatchEvent(new Event(CHANGED));
}

export function isThisWindowLocked(): boolean {
  return sessionStorage.getItem(KEY) === '1';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
}

/** The lock, re-read whenever it changes in this window. */
export function useKioskLocked(): boolean {
  return useSyncExternalStore(subscribe, isThisWindowLocked);
}
