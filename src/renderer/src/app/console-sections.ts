import type { Section } from '../ui/navigation';
import { loadAllLangs } from '../i18n';
import { preloadable, type Preloadable } from '../ui/preloadable';

/**
 * Sections that write in a language other than the console's (a report, a poll's wording).
 * Strings that failed to load do not fail the section's code (React.lazy would keep that
 * failure): what needs them shows the strings message and asks again (StringsFallback).
 */
const withAllLangs = <T>(load: Promise<T>): Promise<T> =>
  Promise.all([load, loadAllLangs().catch(() => undefined)]).then(([m]) => m);

/**
 * The console's sections, each its own chunk, fetched when first opened (or when the
 * pointer or focus reaches its button); the section in the window's route is preloaded
 * before the first render (main.tsx), so the one in use is ready at start.
 * Panels are imported from their own files, not the features' index.ts, so that what
 * the stage uses from the same feature does not drag the panel into the stage's chunk.
 */
export const SECTION_PANELS: Record<Section, Preloadable> = {
  screening: preloadable(() => import('../features/screening/ScreeningPanel').then((m) => m.ScreeningPanel)),
  debate: preloadable(() => import('../features/debate/DebatePanel').then((m) => m.DebatePanel)),
  polls: preloadable(() => withAllLangs(import('../features/polls/PollsPanel')).then((m) => m.PollsPanel)),
  pledges: preloadable(() => import('../features/pledges/PledgesPanel').then((m) => m.PledgesPanel)),
  closing: preloadable(() => import('../features/closing/ClosingPanel').then((m) => m.ClosingPanel)),
  sync: preloadable(() => import('../features/sync/SyncPanel').then((m) => m.SyncPanel)),
  reports: preloadable(() => withAllLangs(import('../features/reports/LazyReportsPanel')).then((m) => m.ReportsPanel)),
  settings: preloadable(() => import('../features/settings/SettingsPanel').then((m) => m.SettingsPanel)),
};

export const preloadSection = (s: Section): Promise<void> => SECTION_PANELS[s].preload();
