import { getSetting } from '../../data/repos/settings';
import { useLive } from '../../data/use-live';

/**
 * How long the kiosk waits, in seconds. Stored in settings (key `kiosk.timings`) so a
 * facilitator — or a test — can change them; each missing field keeps its default.
 */
export interface KioskTimings {
  /** No touch or key for this long on an unfinished entry: the warning shows. */
  idleSec: number;
  /** The warning's countdown before the entry is discarded and the kiosk resets. */
  warnSec: number;
  /** The thank-you screen stays this long (a pledge's QR code needs time to scan). */
  thanksSec: number;
  pledgeThanksSec: number;
  /** Longest spoken question and spoken pledge. */
  questionRecordSec: number;
  pledgeRecordSec: number;
}

export const DEFAULT_TIMINGS: KioskTimings = {
  idleSec: 90,
  warnSec: 20,
  thanksSec: 10,
  pledgeThanksSec: 45,
  questionRecordSec: 60,
  pledgeRecordSec: 120,
};

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** The stored timings over the defaults; a nonsense value keeps its default. */
export function mergeTimings(stored: unknown): KioskTimings {
  const out = { ...DEFAULT_TIMINGS };
  if (!stored || typeof stored !== 'object') return out;
  for (const k of Object.keys(out) as (keyof KioskTimings)[]) {
    const v = (stored as Record<string, unknown>)[k];
    if (positive(v)) out[k] = v;
  }
  return out;
}

export function useKioskTimings(): KioskTimings {
  return useLive(async () => mergeTimings(await getSetting('kiosk.timings')), [], DEFAULT_TIMINGS);
}
