import { db } from '../db';
import type { KioskEvent, Pledge, Poll, PollAnswer, Question, Screening, Vote } from '../types';
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
