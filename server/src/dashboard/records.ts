import type { Kysely } from 'kysely';
import type { KioskEvent, Pledge, Poll, PollAnswer, Question, Screening, Vote } from '../../../src/shared/records';
import type { ScreeningRecords } from '../../../src/renderer/src/data/repos/reports';
import { chunks } from '../db/chunks';
import type { Database } from '../db/schema';
import type { ScreeningRow } from '../export/screenings';

/**
 * Each screening's own records as the kiosk's report model takes them (the model is the
 * kiosk's code, shared, so figures are computed once, the same way, in both places).
 */
export async function screeningRecords(
  db: Kysely<Database>,
  rows: readonly ScreeningRow[],
): Promise<ScreeningRecords[]> {
  const byKey = new Map<string, ScreeningRecords>();
  for (const part of chunks([...rows])) {
    const ids = part.map((r) => r.id);
    // Two queries, each on its own index (the primary key, then screening_id): one OR
    // across both made SQLite scan the table once per chunk.
    const cols = ['tbl', 'kiosk_id', 'screening_id', 'id', 'payload'] as const;
    const screenings = await db
      .selectFrom('records')
      .select(cols)
      .where('tbl', '=', 'screenings')
      .where('id', 'in', ids)
      .execute();
    const children = await db
      .selectFrom('records')
      .select(cols)
      .where('screening_id', 'in', ids)
      .where('tbl', 'in', ['questions', 'pledges', 'events', 'polls', 'pollAnswers', 'votes'])
      .orderBy('id')
      .execute();
    const found = [...screenings, ...children];
    for (const r of found.filter((f) => f.tbl === 'screenings')) {
      byKey.set(`${r.kiosk_id}/${r.id}`, {
        screening: JSON.parse(r.payload) as Screening,
        questions: [],
        pledges: [],
        events: [],
        polls: [],
        pollAnswers: [],
        votes: [],
      });
    }
    // A child counts under a screening of its own kiosk only (the rule the sync enforces).
    for (const r of found.filter((f) => f.tbl !== 'screenings')) {
      const into = byKey.get(`${r.kiosk_id}/${r.screening_id}`);
      if (!into) continue;
      if (r.tbl === 'questions') into.questions.push(JSON.parse(r.payload) as Question);
      else if (r.tbl === 'pledges') into.pledges.push(JSON.parse(r.payload) as Pledge);
      else if (r.tbl === 'polls') into.polls!.push(JSON.parse(r.payload) as Poll);
      else if (r.tbl === 'pollAnswers') into.pollAnswers!.push(JSON.parse(r.payload) as PollAnswer);
      else if (r.tbl === 'votes') into.votes!.push(JSON.parse(r.payload) as Vote);
      else into.events.push(JSON.parse(r.payload) as KioskEvent);
    }
  }
  return rows.flatMap((r) => byKey.get(`${r.kioskId}/${r.id}`) ?? []);
}
