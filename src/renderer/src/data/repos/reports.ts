import type { Table } from 'dexie';
import { db } from '../db';
import type { KioskEvent, Pledge, Poll, PollAnswer, Question, Screening, Vote } from '../types';
import {
  BUILT,
  emptySums,
  keyed,
  sumRowsOf,
  sumsOf,
  sumsOfRows,
  type QuestionSumRow,
  type QuestionSums,
} from '../question-sums';
import { getSetting } from './settings';

/**
 * Read-only queries for reports. Nothing here writes: a report can be built at any
 * time, offline, while sync runs, and never changes what it reports on.
 */

export interface ScreeningRecords {
  screening: Screening;
  questions: Question[];
  pledges: Pledge[];
  events: KioskEvent[];
  /** Absent in records made before polls existed (and in fixtures without any): none. */
  polls?: Poll[];
  pollAnswers?: PollAnswer[];
  /** "Me too" votes from phones; absent in records made before phones existed: none. */
  votes?: Vote[];
}

/**
 * The clock offset sync last measured (device − collector, ms: see `sync.clockOffsetMs`),
 * or null before the first sync; reports then say the times are the device's own.
 */
export async function clockOffsetMs(): Promise<number | null> {
  return (await getSetting('sync.clockOffsetMs')) ?? null;
}

/** Everything one screening's report needs, read in one consistent snapshot. */
export async function loadScreeningRecords(id: string): Promise<ScreeningRecords | undefined> {
  const d = db();
  return d.transaction(
    'r',
    [d.screenings, d.questions, d.pledges, d.events, d.polls, d.pollAnswers, d.votes],
    async () => {
      const screening = await d.screenings.get(id);
      if (!screening) return undefined;
      const [questions, pledges, events, polls, pollAnswers, votes] = await Promise.all([
        d.questions.where('screeningId').equals(id).toArray(),
        d.pledges.where('screeningId').equals(id).toArray(),
        d.events.where('screeningId').equals(id).toArray(),
        d.polls.where('screeningId').equals(id).toArray(),
        d.pollAnswers.where('screeningId').equals(id).toArray(),
        d.votes.where('screeningId').equals(id).toArray(),
      ]);
      return { screening, questions, pledges, events, polls, pollAnswers, votes };
    },
  );
}

/**
 * A screening's records as its report reads them: instead of every question, their sums
 * (data/question-sums.ts) and the few questions the report prints by name: those that
 * reached the stage and those voted on.
 */
export type SummedRecords = Omit<ScreeningRecords, 'questions'> & {
  sums: QuestionSums;
  questions: Question[];
};

const OTHER_TABLES = ['pledges', 'events', 'polls', 'pollAnswers', 'votes'] as const;

/**
 * The rows of `table` whose screeningId is one of `ids`: one getAll on the index per
 * screening, all sent at once. (anyOf walks one cursor over the index, a round trip to
 * the database per row: 3.4 s for a 500-screening summary.)
 */
async function byScreening<T, K, I>(table: Table<T, K, I>, ids: readonly string[]): Promise<T[]> {
  return (await Promise.all(ids.map((id) => table.where('screeningId').equals(id).toArray()))).flat();
}

/** Every screening's sums and other records, read by index, then the questions printed by name. */
async function loadSummed(screenings: Screening[]): Promise<SummedRecords[]> {
  const d = db();
  const ids = screenings.map((s) => s.id);
  const [rows, ...others] = await Promise.all([
    byScreening(d.questionSums, ids),
    ...OTHER_TABLES.map((t) => byScreening(d[t] as unknown as typeof d.events, ids)),
  ]);
  const out = new Map<string, SummedRecords>(
    screenings.map((screening) => [
      screening.id,
      { screening, sums: emptySums(), questions: [], pledges: [], events: [], polls: [], pollAnswers: [], votes: [] },
    ]),
  );
  const shards = new Map<string, QuestionSumRow[]>();
  for (const r of rows) (shards.get(r.screeningId) ?? shards.set(r.screeningId, []).get(r.screeningId)!).push(r);
  for (const [id, of] of shards) out.get(id)!.sums = sumsOfRows(of);
  // Never summed (questions stored behind the app's back): summed from its questions, exact but slow, until ensureSums.
  const unbuilt = ids.filter((id) => !shards.get(id)?.some((r) => r.part === BUILT));
  for (const id of unbuilt) out.get(id)!.sums = sumsOf(await d.questions.where('screeningId').equals(id).toArray());
  OTHER_TABLES.forEach((t, i) => {
    for (const r of others[i]!) (out.get(r.screeningId)![t] as unknown[]).push(r);
  });
  const named = [...out.values()].flatMap((r) => [
    ...keyed(r.sums.counts, 'projected').map(({ rest }) => rest[0]!),
    ...r.votes!.map((v) => v.questionId),
  ]);
  // A question counts only in its own screening (a vote may name another's).
  for (const q of await d.questions.bulkGet([...new Set(named)]))
    if (q && out.has(q.screeningId)) out.get(q.screeningId)!.questions.push(q);
  return [...out.values()];
}

/**
 * Sums the screenings never summed (their questions were stored behind the app's back:
 * a restore, a fixture) from their questions, once; the app's own writes keep them from
 * then on (data/sums.ts). One transaction on questions, so no write slips in between.
 */
export async function ensureSums(ids: readonly string[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.questions, d.questionSums, async () => {
    const marks = await d.questionSums.bulkGet(ids.map((id): [string, string] => [id, BUILT]));
    const unbuilt = ids.filter((_, i) => !marks[i]);
    if (unbuilt.length === 0) return;
    const questions = await byScreening(d.questions, unbuilt);
    await d.questionSums.bulkPut(sumRowsOf(questions, unbuilt));
  });
}

/** What one screening's report reads (its sums, not its questions), in one consistent snapshot. */
export async function loadSummedRecords(id: string): Promise<SummedRecords | undefined> {
  const d = db();
  return d.transaction('r', [d.screenings, d.questionSums, d.questions, ...OTHER_TABLES.map((t) => d[t])], async () => {
    const screening = await d.screenings.get(id);
    return screening ? (await loadSummed([screening]))[0] : undefined;
  });
}

/**
 * What the summary of a date range reads: each screening's sums, not its questions, all
 * in one snapshot (one read per table, not per screening).
 */
export async function loadRangeSummed(from: string, to: string): Promise<SummedRecords[]> {
  const d = db();
  return d.transaction('r', [d.screenings, d.questionSums, d.questions, ...OTHER_TABLES.map((t) => d[t])], async () =>
    loadSummed(await screeningsInRange(from, to)),
  );
}

/** Screenings whose confirmed date (ISO yyyy-mm-dd) lies in [from, to], oldest first. */
export async function screeningsInRange(from: string, to: string): Promise<Screening[]> {
  if (from > to) return [];
  const rows = await db().screenings.where('date').between(from, to, true, true).toArray();
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * The records of every screening in a date range, one screening at a time so a long
 * range reports progress (`done` of `total`) and never holds one huge transaction.
 */
export async function loadRangeRecords(
  from: string,
  to: string,
  onProgress?: (done: number, total: number) => void,
): Promise<ScreeningRecords[]> {
  const screenings = await screeningsInRange(from, to);
  const out: ScreeningRecords[] = [];
  for (const s of screenings) {
    const records = await loadScreeningRecords(s.id);
    if (records) out.push(records);
    onProgress?.(out.length, screenings.length);
  }
  return out;
}
