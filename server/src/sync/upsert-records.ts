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

/** The columns every record of one device's batch shares. */
export type SharedColumns = Pick<RecordRow, 'kiosk_id' | 'device_id' | 'clock_offset_ms' | 'received_at'>;

/** The columns each record has of its own. */
export type OwnColumns = Pick<RecordRow, 'tbl' | 'id' | 'rev' | 'payload' | 'screening_id'>;

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

/**
 * PostgreSQL takes the batch as ONE parameter: a JSON array of the rows' own columns,
 * expanded by `json_to_recordset`, and the columns every row shares as four more. Nine
 * arrays for `unnest` cost the driver an array literal per column (every payload quoted
 * and escaped again) and the server their parsing; 9,000 bind parameters cost it more to
 * plan than to insert. Each payload goes in as a JSON string of its text, not as nested
 * JSON: PostgreSQL's `json` type refuses an escaped lone surrogate ("\ud83d", which a
 * kiosk's text may hold and JSON.stringify writes), while a string of that text is plain
 * ASCII to it. The stored payload is the same compact text as on SQLite.
 */
function pgUpsert(trx: Kysely<Database>, shared: SharedColumns, rows: OwnColumns[]) {
  let json = '[';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    json += `${i ? ',' : ''}{"t":${JSON.stringify(r.tbl)},"i":${JSON.stringify(r.id)},"v":${r.rev},"s":${JSON.stringify(r.screening_id)},"p":${JSON.stringify(r.payload)}}`;
  }
  json += ']';
  return onConflict(
    trx
      .insertInto('records')
      .columns([...COLUMNS])
      .expression(
        sql<RecordRow>`select r.t, r.i, ${shared.kiosk_id}, ${shared.device_id}, r.v, r.p, r.s, ${shared.clock_offset_ms}::int8, ${shared.received_at}
          from json_to_recordset(${json}::json) as r(t text, i text, v int4, p text, s text)`,
      ),
  );
}

/** A whole row with its keys in COLUMNS order: Kysely lists an insert's columns in the order the first row's keys come. */
const inColumnOrder = (shared: SharedColumns, r: OwnColumns): RecordRow => ({
  tbl: r.tbl,
  id: r.id,
  kiosk_id: shared.kiosk_id,
  device_id: shared.device_id,
  rev: r.rev,
  payload: r.payload,
  screening_id: r.screening_id,
  clock_offset_ms: shared.clock_offset_ms,
  received_at: shared.received_at,
});

/**
 * The rows' values in COLUMNS order, into one array sized up front: `flatMap` over
 * per-row arrays took ten times as long (about 1 µs a row, more than SQLite's insert).
 */
function flatten(shared: SharedColumns, rows: OwnColumns[]): unknown[] {
  const out = new Array<unknown>(rows.length * COLUMNS.length);
  let i = 0;
  for (const r of rows) {
    const row = inColumnOrder(shared, r);
    for (const c of COLUMNS) out[i++] = row[c];
  }
  return out;
}

/** Compiled upserts per database and row count; kept only once seen to take parameters as `flatten` lays them out. */
const compiled = new WeakMap<Kysely<Database>, Map<number, CompiledQuery>>();

const countOf = (r: { numAffectedRows?: bigint }) => Number(r.numAffectedRows ?? 0);

/**
 * Inserts or moves these records of one device's batch (at most UPSERT_ROWS) to their newer revision in one
 * statement, and says how many it stored: rows inserted plus rows moved up (a record
 * already held at this revision or a newer one, or another kiosk's, is not counted).
 * Building the SQL text of a 1,000-row insert costs about as much as SQLite takes to run
 * it, and the text depends only on the row count, so it is built once per count and
 * database and reused with the new rows' values.
 */
export async function upsertRecords(
  db: Kysely<Database>,
  trx: Transaction<Database>,
  shared: SharedColumns,
  rows: OwnColumns[],
) {
  if (dialectOf(db) === 'postgres') {
    const r = await pgUpsert(trx, shared, rows).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  let byCount = compiled.get(db);
  if (!byCount) compiled.set(db, (byCount = new Map<number, CompiledQuery>()));
  const known = byCount.get(rows.length);
  const params = flatten(shared, rows);
  if (known) return countOf(await trx.executeQuery({ ...known, parameters: params }));
  const query = upsertQuery(
    trx,
    rows.map((r) => inColumnOrder(shared, r)),
  ).compile();
  const sameLayout =
    query.parameters.length === params.length && query.parameters.every((p, i) => Object.is(p, params[i]));
  if (sameLayout) {
    if (byCount.size >= 64) byCount.clear(); // odd sizes come and go; the full-batch size comes back at once
    byCount.set(rows.length, query);
  }
  return countOf(await trx.executeQuery(query));
}
