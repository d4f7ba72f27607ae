import { debateOpenedAt } from '@shared/records/constants';
import type { KioskEvent, Question } from '../../../data/types';
import type { TimelineBin } from './types';

const BIN_CHOICES = [1, 2, 5, 10, 15, 30, 60, 120];
const MAX_BINS = 30;

/** When a question was asked: its first status time, else its creation. */
export const askedAt = (q: Question): string => q.statusAt.pending ?? q.createdAt;

/**
 * Questions asked over the debate's time, in bins wide enough that the chart has at
 * most 30 bars. Time 0 is the first move to the debate phase (or the first question,
 * when the debate was never opened); questions asked before it count in the first bin.
 */
export function questionTimeline(
  questions: readonly Question[],
  events: readonly KioskEvent[],
): { binMinutes: number; bins: TimelineBin[] } {
  if (questions.length === 0) return { binMinutes: 1, bins: [] };
  const times = questions.map((q) => Date.parse(askedAt(q))).filter(Number.isFinite);
  const opened = debateOpenedAt(events);
  const start = opened !== null ? Date.parse(opened) : times.reduce((a, b) => Math.min(a, b), Infinity);
  const minutes = times.map((t) => Math.max(0, (t - start) / 60_000));
  const span = minutes.reduce((a, b) => Math.max(a, b), 0);
  const binMinutes = BIN_CHOICES.find((b) => span / b < MAX_BINS) ?? Math.ceil(span / MAX_BINS);
  const counts = new Array<number>(Math.floor(span / binMinutes) + 1).fill(0);
  for (const m of minutes) counts[Math.floor(m / binMinutes)]! += 1;
  return { binMinutes, bins: counts.map((count, i) => ({ startMin: i * binMinutes, count })) };
}
