import type { PollFamily } from '../records';
import { percentOf, type PollFigures } from './results';

export interface FamilyChange {
  family: PollFamily;
  /** Screenings that held a before/after pair of this family. */
  screenings: number;
  nBefore: number;
  nAfter: number;
  /** By option position (the built-in set has fixed options), pooled answers on each side. */
  options: { before: number | null; after: number | null; change: number | null }[];
}

/**
 * IOM's before/after families added up across screenings: every pair of a built-in
 * family pools its answers (counted per visit) with the others', so a country office
 * sees one change per family over a date range. Custom polls are not pooled: their
 * wording differs from one evening to the next.
 */
export function familyChanges(screenings: readonly PollFigures[]): FamilyChange[] {
  const acc = new Map<PollFamily, { screenings: number; before: number[]; after: number[] }>();
  for (const f of screenings) {
    const seen = new Set<PollFamily>();
    for (const pair of f.pairs) {
      const family = pair.after.family;
      if (!family || pair.before.family !== family) continue;
      const a = acc.get(family) ?? { screenings: 0, before: [], after: [] };
      pair.before.options.forEach((o, i) => (a.before[i] = (a.before[i] ?? 0) + o.total));
      pair.after.options.forEach((o, i) => (a.after[i] = (a.after[i] ?? 0) + o.total));
      if (!seen.has(family)) a.screenings += 1;
      seen.add(family);
      acc.set(family, a);
    }
  }
  return [...acc.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([family, a]) => {
      const nBefore = a.before.reduce((s, v) => s + v, 0);
      const nAfter = a.after.reduce((s, v) => s + v, 0);
      const options = a.after.map((count, i) => {
        const before = percentOf(a.before[i] ?? 0, nBefore);
        const after = percentOf(count, nAfter);
        const change = before === null || after === null ? null : Math.round((after - before) * 10) / 10;
        return { before, after, change };
      });
      return { family, screenings: a.screenings, nBefore, nAfter, options };
    });
}
