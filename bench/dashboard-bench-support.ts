import { sql } from 'kysely';
import type { DialectKind } from '../server/src/db/connect';
import type { Collector } from '../tests/unit/server/harness';

const j = (kind: DialectKind, path: string) =>
  kind === 'sqlite'
    ? sql.raw(`json_extract(payload, '$.${path}')`)
    : sql.raw(`(payload::jsonb #>> '{${path.replace(/\./g, ',')}}')`);
const n = (kind: DialectKind, path: string) => (kind === 'sqlite' ? j(kind, path) : sql`(${j(kind, path)})::int`);

/** The indicators page's figures in raw SQL (the floor a hand-written query sets). */
export async function rawIndicators(c: Collector): Promise<unknown> {
  const { db, kind } = c.conn;
  const people = await sql`select count(*) as screenings, sum(${n(kind, 'attendance.women')}) as women,
      sum(${n(kind, 'attendance.men')}) as men, sum(${n(kind, 'attendance.youth')}) as youth,
      sum(${n(kind, 'attendance.adults')}) as adults from records where tbl = 'screenings'`.execute(db);
  const questions =
    await sql`select ${j(kind, 'language')} as lang, count(*) as n, count(${j(kind, 'audioHash')}) as spoken
      from records where tbl = 'questions' group by 1`.execute(db);
  const pledges =
    await sql`select ${j(kind, 'kind')} as kind, count(*) as n, count(${j(kind, 'contact.consentAt')}) as consented
      from records where tbl = 'pledges' group by 1`.execute(db);
  return [people.rows, questions.rows, pledges.rows];
}

/** The export's rows in raw SQL: each screening's payload with its question and pledge counts. */
export async function rawExport(c: Collector): Promise<number> {
  const r = await sql`select s.id, s.kiosk_id, s.payload,
      (select count(*) from records q where q.tbl = 'questions' and q.kiosk_id = s.kiosk_id and q.screening_id = s.id) as questions,
      (select count(*) from records p where p.tbl = 'pledges' and p.kiosk_id = s.kiosk_id and p.screening_id = s.id) as pledges
      from records s where s.tbl = 'screenings' order by s.id`.execute(c.conn.db);
  return r.rows.length;
}
