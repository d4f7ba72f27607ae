import { useSyncExternalStore } from 'react';
import type { Role } from '@shared/bridge';
import { kiosk } from '../../platform';
import { whenIdle } from '../../ui/when-idle';

// The database is loaded on first use, not with this module: the kiosk and the stage read
// the lock (sessionStorage) before their first paint, and paint before Dexie has loaded.
const settings = () => import('../../data/repos/settings');

/**
 * Whether this window is in attendee-kiosk mode. Kept per window (sessionStorage):
 * entering `#/kiosk` locks the window it runs in, and only the facilitator PIN unlocks
 * it, while a console in another window stays usable. Editing the hash or reloading
 * the page keeps the lock.
 */
const KEY = 'kiosk.locked';
const CHANGED = 'kiosk-lock-changed';
/**
 * Kept across restarts (a setting in IndexedDB, written durably: localStorage reaches
 * the disk seconds later, too late for a power cut): a screen was handed to the public
 * and not taken back with the PIN. A power cut ends every window's own lock with it, so
 * this is what tells the next start that the public may be in front of the screen.
 */
/**
 * How long after the hand-over a restart still opens behind the PIN: the evening a power
 * cut can interrupt. Later (the next day, a forgotten PIN) the console opens as usual.
 */
const RELOCK_WITHIN_MS = 12 * 3600_000;

/** Records, durably, that a screen is being handed to the public (it never rejects). */
export function handOver(): Promise<void> {
  return settings()
    .then((s) => s.setSetting('kiosk.handedOver', Date.now()))
    .catch(() => undefined);
}

export function lockThisWindow(): void {
  // Once the kiosk has painted (it paints before the database loads); the console's
  // "open the kiosk" button has already written it before the kiosk opened.
  whenIdle(() => void handOver());
  // Electron's kiosk mode and key filter (the main process keeps it per window; saying it twice is harmless).
  void kiosk.windows.setKioskMode(true);
  if (isThisWindowLocked()) return;
  sessionStorage.setItem(KEY, '1');
  window.dispatchEvent(new Event(CHANGED));
}

/**
 * Takes the screen back from the public: the hand-over is cleared on disk first, so a
 * power cut right after the PIN does not ask for it again, then this window unlocks.
 */
export async function unlockThisWindow(): Promise<void> {
  await settings()
    .then((s) => s.setSetting('kiosk.handedOver', false))
    .catch(() => undefined);
  sessionStorage.removeItem(KEY);
  void kiosk.windows.setKioskMode(false);
  window.dispatchEvent(new Event(CHANGED));
}

/**
 * At start-up: a console that opens while a screen is still in the public's hands (after
 * a power cut, a crash or a reload) starts locked, so whoever stands at it sees the PIN
 * pad, not the questions and contact details. Without a PIN nothing could unlock it, so
 * then it opens as usual; so it does once the evening is long over (RELOCK_WITHIN_MS).
 */
export async function relockOnStart(role: Role): Promise<void> {
  if (role === 'console' && !isThisWindowLocked()) {
    const at = await (await settings()).getSetting('kiosk.handedOver');
    // A clock set back since then counts as recent: better the PIN pad than the data.
    const recent = typeof at === 'number' && Date.now() - at < RELOCK_WITHIN_MS;
    if (recent && (await (await import('../../data/repos/pin')).hasPin())) sessionStorage.setItem(KEY, '1');
  }
  // A reloaded or relocked window is back in the public's hands: kiosk mode again.
  if (isThisWindowLocked()) void kiosk.windows.setKioskMode(true);
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
