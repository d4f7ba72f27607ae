import { debateOpenedAt } from '@shared/records/constants';
import type { Bag } from '../../../data/question-sums';
import type { KioskEvent } from '../../../data/types';
import type { TimelineBin } from './types';

export { askedAt } from '../../../data/question-sums';

const BIN_CHOICES = [1, 2, 5, 10, 15, 30, 60, 120];
const MAX_BINS = 30;

/**
 * Questions asked over the debate's time, in bins wide enough that the chart has at
 * most 30 bars. Time 0 is the first move to the debate phase (or the first question,
 * when the debate was never opened); questions asked before it count in the first bin.
 * `times`: how many of the `total` questions were asked at each time (ms).
 */
export function questionTimeline(
  total: number,
  times: Bag,
  events: readonly KioskEvent[],
): { binMinutes: number; bins: TimelineBin[] } {
  if (total === 0) return { binMinutes: 1, bins: [] };
  const at = Object.entries(times).map(([ms, n]) => [Number(ms), n] as const);
  const opened = debateOpenedAt(events);
  const start = opened !== null ? Date.parse(opened) : at.reduce((a, [t]) => Math.min(a, t), Infinity);
  const minutes = at.map(([t, n]) => [Math.max(0, (t - start) / 60_000), n] as const);
  const span = minutes.reduce((a, [m]) => Math.max(a, m), 0);
  const binMinutes = BIN_CHOICES.find((b) => span / b < MAX_BINS) ?? Math.ceil(span / MAX_BINS);
  const counts = new Array<number>(Math.floor(span / binMinutes) + 1).fill(0);
  for (const [m, n] of minutes) counts[Math.floor(m / binMinutes)]! += n;
  return { binMinutes, bins: counts.map((count, i) => ({ startMin: i * binMinutes, count })) };
}
