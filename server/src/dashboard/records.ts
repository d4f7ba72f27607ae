import type { Kysely } from 'kysely';
import type { KioskEvent, Pledge, Poll, PollAnswer, Question, Screening } from '../../../src/shared/records';
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
    const found = await db
      .selectFrom('records')
      .select(['tbl', 'kiosk_id', 'screening_id', 'id', 'payload'])
      .where((eb) =>
        eb.or([
          eb.and([
            eb('tbl', '=', 'screenings'),
            eb(
              'id',
              'in',
              part.map((r) => r.id),
            ),
          ]),
          eb.and([
            eb('tbl', 'in', ['questions', 'pledges', 'events', 'polls', 'pollAnswers']),
            eb(
              'screening_id',
              'in',
              part.map((r) => r.id),
            ),
          ]),
        ]),
      )
      .orderBy('id')
      .execute();
    for (const r of found.filter((f) => f.tbl === 'screenings')) {
      byKey.set(`${r.kiosk_id}/${r.id}`, {
        screening: JSON.parse(r.payload) as Screening,
        questions: [],
        pledges: [],
        events: [],
        polls: [],
        pollAnswers: [],
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
      else into.events.push(JSON.parse(r.payload) as KioskEvent);
    }
  }
  return rows.flatMap((r) => byKey.get(`${r.kioskId}/${r.id}`) ?? []);
}
