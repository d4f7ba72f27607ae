import type { Role } from '@shared/bridge';
import { preloadable, type Preloadable } from '../ui/preloadable';

/**
 * One chunk per screen: the stage and the attendee kiosk never download or parse the
 * console (its sections, reports, exporters), and the console not the others. All three
 * still load from the same page and origin (routes, IndexedDB and live queries shared);
 * main.tsx preloads the screen of the window's route before the first render.
 */
export const SCREENS: Record<Role, Preloadable> = {
  console: preloadable(() => import('./ConsoleShell').then((m) => m.ConsoleShell)),
  // The stage and the kiosk paint before their database loads (StageStart, KioskStart).
  stage: preloadable(() => import('./StageStart').then((m) => m.StageStart)),
  kiosk: preloadable(() => import('./KioskStart').then((m) => m.KioskStart)),
};
