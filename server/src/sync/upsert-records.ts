import {
  sql,
  type CompiledQuery,
  type Insertable,
  type InsertQueryBuilder,
  type Kysely,
  type Transaction,
} from 'kysely';
import { dialectOf } from '../db/connect';
import type { Database, RecordsTable } from '../db/schema';

type RecordRow = Required<Insertable<RecordsTable>>;

/** Column order of every row: the parameters of a compiled upsert follow it, row by row. */
const COLUMNS = [
  'tbl',
  'id',
  'kiosk_id',
  'device_id',
  'rev',
  'payload',
  'screening_id',
  'clock_offset_ms',
  'received_at',
] as const satisfies readonly (keyof RecordRow)[];

/**
 * Rows in one multi-row statement: a whole batch (1,000 changes at most) in one, and
 * 9,000 parameters stay under SQLite's 32,766 and PostgreSQL's 65,535.
 */
export const UPSERT_ROWS = 1000;

/** Newer revisions replace older ones of the same kiosk's records; nothing else is touched. */
function onConflict<O>(q: InsertQueryBuilder<Database, 'records', O>) {
  return q.onConflict((oc) =>
    oc
      .columns(['tbl', 'id'])
      .doUpdateSet((eb) => ({
        rev: eb.ref('excluded.rev'),
        payload: eb.ref('excluded.payload'),
        device_id: eb.ref('excluded.device_id'),
        screening_id: eb.ref('excluded.screening_id'),
        clock_offset_ms: eb.ref('excluded.clock_offset_ms'),
        received_at: eb.ref('excluded.received_at'),
      }))
      // A concurrent request may have stored a newer revision meanwhile: never go back.
      .where('records.rev', '<', (eb) => eb.ref('excluded.rev'))
      .where('records.kiosk_id', '=', (eb) => eb.ref('excluded.kiosk_id')),
  );
}

const upsertQuery = (trx: Kysely<Database>, rows: RecordRow[]) => onConflict(trx.insertInto('records').values(rows));

/** PostgreSQL's column types for `unnest`, in COLUMNS order. */
const PG_TYPES = ['text', 'text', 'text', 'text', 'int4', 'text', 'text', 'int8', 'text'] as const;

/**
 * PostgreSQL takes the rows as one array per column (nine parameters, whatever the row
 * count): planning a statement with 9,000 parameters costs it more than the insert.
 */
function pgUpsert(trx: Kysely<Database>, rows: RecordRow[]) {
  const arrays = COLUMNS.map((c, i) => sql`${rows.map((r) => r[c])}::${sql.raw(PG_TYPES[i]!)}[]`);
  return onConflict(
    trx
      .insertInto('records')
      .columns([...COLUMNS])
      .expression(sql<RecordRow>`select * from unnest(${sql.join(arrays)})`),
  );
}

/**
 * The rows' values in COLUMNS order, into one array sized up front: `flatMap` over
 * per-row arrays took ten times as long (about 1 µs a row, more than SQLite's insert).
 */
function flatten(rows: RecordRow[]): unknown[] {
  const out = new Array<unknown>(rows.length * COLUMNS.length);
  let i = 0;
  for (const r of rows) for (const c of COLUMNS) out[i++] = r[c];
  return out;
}

/** Compiled upserts per database and row count; kept only once seen to take parameters as `flatten` lays them out. */
const compiled = new WeakMap<Kysely<Database>, Map<number, CompiledQuery>>();

const countOf = (r: { numAffectedRows?: bigint }) => Number(r.numAffectedRows ?? 0);

/**
 * Inserts or moves these records (at most UPSERT_ROWS) to their newer revision in one
 * statement, and says how many it stored: rows inserted plus rows moved up (a record
 * already held at this revision or a newer one, or another kiosk's, is not counted).
 * Building the SQL text of a 1,000-row insert costs about as much as SQLite takes to run
 * it, and the text depends only on the row count, so it is built once per count and
 * database and reused with the new rows' values.
 */
export async function upsertRecords(db: Kysely<Database>, trx: Transaction<Database>, rows: RecordRow[]) {
  if (dialectOf(db) === 'postgres') {
    const r = await pgUpsert(trx, rows).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  let byCount = compiled.get(db);
  if (!byCount) compiled.set(db, (byCount = new Map<number, CompiledQuery>()));
  const known = byCount.get(rows.length);
  if (known) return countOf(await trx.executeQuery({ ...known, parameters: flatten(rows) }));
  const query = upsertQuery(trx, rows).compile();
  const params = flatten(rows);
  const sameLayout =
    query.parameters.length === params.length && query.parameters.every((p, i) => Object.is(p, params[i]));
  if (sameLayout) {
    if (byCount.size >= 64) byCount.clear(); // odd sizes come and go; the full-batch size comes back at once
    byCount.set(rows.length, query);
  }
  return countOf(await trx.executeQuery(query));
}
