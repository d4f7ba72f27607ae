import type { Kysely } from 'kysely';
import { screeningFigures } from '../../../src/renderer/src/features/reports/model/figures';
import type { Database } from '../db/schema';
import type { ScreeningRow } from '../export/screenings';
import { screeningRecords } from './records';

/**
 * The polls of the exported screenings, computed by the kiosk's own poll model (so the
 * collector's figures are the kiosk report's): one row per poll option with counts per
 * channel, % and n, and one row per before/after option with the change and n both
 * sides. Answers are counted per visit, not per person. IOM adds them up by region.
 */
/** Where each row's screening was. */
const PLACE_FIELDS = ['screeningId', 'kioskId', 'date', 'town', 'region', 'country'];
export const POLL_FIELDS = [
  ...PLACE_FIELDS,
  'pollId',
  'question',
  'language',
  'phase',
  'family',
  'kind',
  'option',
  'kiosk',
  'phone',
  'hands',
  'total',
  'percent',
  'n',
  'nKiosk',
  'nPhone',
  'nHands',
];
export const PAIR_FIELDS = [
  ...PLACE_FIELDS,
  'beforePollId',
  'afterPollId',
  'family',
  'question',
  'option',
  'beforePercent',
  'afterPercent',
  'changePoints',
  'nBefore',
  'nAfter',
];

export async function pollTables(db: Kysely<Database>, rows: readonly ScreeningRow[]) {
  const polls: unknown[][] = [];
  const pairs: unknown[][] = [];
  for (const r of await screeningRecords(db, rows)) {
    const s = r.screening;
    const head = [s.id, s.kioskId, s.date, s.place.town, s.place.region, s.place.country];
    const f = screeningFigures(r).polls;
    for (const p of f.polls)
      for (const o of p.options)
        polls.push([
          ...head,
          p.pollId,
          p.question,
          p.language,
          p.phase,
          p.family ?? '',
          p.kind,
          o.label,
          o.byChannel.kiosk,
          o.byChannel.phone,
          o.byChannel.hands,
          o.total,
          o.percent ?? '',
          p.n.total,
          p.n.kiosk,
          p.n.phone,
          p.n.hands,
        ]);
    for (const c of f.pairs)
      for (const o of c.options)
        pairs.push([
          ...head,
          c.before.pollId,
          c.after.pollId,
          c.after.family ?? '',
          c.after.question,
          o.label,
          o.before ?? '',
          o.after ?? '',
          o.change ?? '',
          c.nBefore,
          c.nAfter,
        ]);
  }
  return { polls, pairs };
}

/** The JSON export's screenings, each with its poll figures (the kiosk report's `figures.polls`). */
export async function withPollFigures<S extends { id: string; kioskId: string }>(
  db: Kysely<Database>,
  rows: readonly ScreeningRow[],
  list: S[],
) {
  const figures = new Map(
    (await screeningRecords(db, rows)).map((r) => [
      `${r.screening.kioskId}/${r.screening.id}`,
      screeningFigures(r).polls,
    ]),
  );
  return list.map((s) => ({ ...s, polls: figures.get(`${s.kioskId}/${s.id}`) ?? { polls: [], pairs: [] } }));
}
