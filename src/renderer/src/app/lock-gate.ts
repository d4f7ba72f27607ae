import i18next from 'i18next';
import { preloadable } from '../ui/preloadable';

/**
 * The PIN pad a locked window shows instead of the console or the stage: its own chunk
 * (it reads the PIN from the database), fetched before the first paint only when this
 * window is locked (main.tsx), so an unlocked screen never waits for it.
 */
export const LOCK_GATE = preloadable(() =>
  Promise.all([import('../features/attendee/KioskLockGate'), i18next.loadNamespaces('attendee')]).then(
    ([m]) => m.KioskLockGate,
  ),
);
