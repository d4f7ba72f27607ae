import { db } from '../db';
import { CONTENT_LANGS, QUESTION_STATUSES, type QuestionStatus } from '../types';
import { emptyTally, type Tally } from '../tally';

/**
 * A screening's questions counted (see data/tally.ts): its tally row, one read, when the
 * console has built it; else counted from the indexes (exact, but reads every entry).
 * Local reads only: works offline.
 */
export async function questionTally(screeningId: string): Promise<Tally> {
  return (await db().tallies.get(screeningId)) ?? countFromIndexes(screeningId);
}

/** How many questions of a screening have this status (the queue's pager). */
export async function statusCount(screeningId: string, status: QuestionStatus): Promise<number> {
  const tally = await db().tallies.get(screeningId);
  return tally
    ? tally.byStatus[status]
    : db().questions.where('[screeningId+status]').equals([screeningId, status]).count();
}

/**
 * Builds a screening's tally once (a kiosk upgraded from v6, or rows restored without
 * one); from then on every question write keeps it. Counted and stored in one
 * transaction on questions, so no write slips between the count and the row.
 */
export async function ensureTally(screeningId: string): Promise<void> {
  // Nearly always there: a read first, so opening the debate does not start a read-write
  // transaction on the questions that the queue's first reads would have to wait behind.
  if (await db().tallies.get(screeningId)) return;
  await db().transaction('rw', db().questions, db().tallies, async () => {
    if (await db().tallies.get(screeningId)) return;
    await db().tallies.put(await countFromIndexes(screeningId));
  });
}

async function countFromIndexes(screeningId: string): Promise<Tally> {
  const q = db().questions;
  const count = (index: string, value: string) => q.where(index).equals([screeningId, value]).count();
  const [statuses, langs, fromFloor, fromPhone] = await Promise.all([
    Promise.all(QUESTION_STATUSES.map((s) => count('[screeningId+status]', s))),
    Promise.all(CONTENT_LANGS.map((l) => count('[screeningId+language]', l))),
    count('[screeningId+source]', 'floor'),
    count('[screeningId+source]', 'phone'),
  ]);
  const t = emptyTally(screeningId);
  QUESTION_STATUSES.forEach((s, i) => (t.byStatus[s] = statuses[i]!));
  CONTENT_LANGS.forEach((l, i) => (t.byLanguage[l] = langs[i]!));
  return { ...t, fromFloor, fromPhone };
}
