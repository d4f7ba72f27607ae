import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { logId } from '../auth/devices';
import { nowIso } from '../auth/secrets';
import type { Device } from '../auth/devices';
import { chunks } from '../db/chunks';
import { withRetry } from '../db/retry';
import {
  checkKioskClaims,
  checkPollAnswerRefs,
  checkScreeningRefs,
  checkVoteRefs,
  refuseForeignRecords,
} from './ownership';
import { audioOf, screeningOf, type ValidChange } from './payloads';
import { SequenceGapError } from './sequence-gap';
import { upsertRecords, UPSERT_ROWS } from './upsert-records';
import { newestPerRecord } from '../../../src/shared/newest-per-record';
import type { Pledge } from '../../../src/shared/records';

export { ForeignRecordError } from './ownership';

export interface ApplyInput {
  changes: ValidChange[];
  source: 'network' | 'bundle';
  deviceTime: string | null;
  clockOffsetMs: number | null;
  /** The acknowledged sequence number the batch follows; absent from older kiosks and bundles. */
  follows?: number;
}

export interface ApplyResult {
  lastSeq: number;
  applied: number;
  missingBlobs: string[];
}

const keyOf = (c: ValidChange) => `${c.table}\u0000${c.recordId}`;

/** The newest revision of each record, sorted by key so concurrent transactions lock rows in the same order. */
function newestInKeyOrder(changes: ValidChange[]): ValidChange[] {
  const keyed = newestPerRecord(changes).map((c) => [keyOf(c), c] as const);
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
}

/**
 * Applies a kiosk's changes in one transaction, idempotently: each record is upserted by
 * (table, id) and only moves to a higher revision, so a batch sent twice, out of order or
 * cut off and resent leaves exactly one copy of each record at its newest revision.
 * The device's last applied sequence number only ever grows. A device's batches are
 * applied one at a time (its row is locked first), and a transaction PostgreSQL aborts
 * for a lost race is run again here rather than failing the kiosk.
 */
export async function applyChanges(db: Kysely<Database>, device: Device, input: ApplyInput): Promise<ApplyResult> {
  checkKioskClaims(device, input.changes);
  const list = newestInKeyOrder(input.changes);
  const maxSeq = input.changes.reduce((m, c) => Math.max(m, c.seq), 0);
  const at = nowIso();
  return withRetry(() => db.transaction().execute((trx) => applyIn(db, trx, device, input, list, maxSeq, at)));
}

async function applyIn(
  db: Kysely<Database>,
  trx: Transaction<Database>,
  device: Device,
  input: ApplyInput,
  list: ValidChange[],
  maxSeq: number,
  at: string,
): Promise<ApplyResult> {
  const appliedSeq = await lockDevice(trx, device.id, at);
  if (input.follows !== undefined && input.follows > appliedSeq) throw new SequenceGapError(input.follows, appliedSeq);
  await checkScreeningRefs(trx, device.kiosk_id, list);
  await checkVoteRefs(trx, device.kiosk_id, list);
  await checkPollAnswerRefs(trx, device.kiosk_id, list);
  await keepPurgedContacts(trx, list);
  // Written first, read only if needed: the upsert stores exactly what is new and counts
  // it. A record it left alone is held at this revision or a newer one (a resend), or is
  // another kiosk's: only then is the batch looked up, and refused (rolled back) for that.
  let applied = 0;
  const shared = {
    kiosk_id: device.kiosk_id,
    device_id: device.id,
    clock_offset_ms: input.clockOffsetMs,
    received_at: at,
  };
  for (const part of chunks(list, UPSERT_ROWS)) applied += await upsertRecords(db, trx, shared, recordRows(part));
  if (applied < list.length) await refuseForeignRecords(trx, device.kiosk_id, list);
  const lastSeq = Math.max(appliedSeq, maxSeq);
  await bumpDevice(trx, device.id, lastSeq, input);
  await trx
    .insertInto('sync_log')
    .values({
      id: logId(),
      device_id: device.id,
      source: input.source,
      at,
      device_time: input.deviceTime,
      clock_offset_ms: input.clockOffsetMs,
      changes: input.changes.length,
      applied,
      last_seq: lastSeq,
    })
    .execute();
  return { lastSeq, applied, missingBlobs: await missingBlobs(trx, list) };
}

/**
 * Takes the device's row lock with a write (PostgreSQL holds it to the commit; SQLite
 * has one writer at a time anyway) and reads how far the device's changes were applied.
 */
async function lockDevice(trx: Transaction<Database>, deviceId: string, at: string): Promise<number> {
  const row = await trx
    .updateTable('devices')
    .set({ last_sync_at: at })
    .where('id', '=', deviceId)
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

/**
 * A kiosk may erase a pledge's contact details locally after its retention period; a later
 * revision then arrives without them but marked `contactPurgedAt`. The collector keeps
 * the details it already holds (given with consent, for follow-up by IOM).
 */
async function keepPurgedContacts(trx: Transaction<Database>, list: ValidChange[]): Promise<void> {
  const purged = new Map<string, Extract<ValidChange, { table: 'pledges' }>>();
  for (const c of list) {
    if (c.table === 'pledges' && c.payload.contactPurgedAt && !c.payload.contact) purged.set(c.recordId, c);
  }
  for (const part of chunks([...purged.keys()])) {
    const rows = await trx
      .selectFrom('records')
      .select(['id', 'payload'])
      .where('tbl', '=', 'pledges')
      .where('id', 'in', part)
      .execute();
    for (const row of rows) {
      const contact = (JSON.parse(row.payload) as Pick<Pledge, 'contact'>).contact;
      const c = purged.get(row.id)!;
      if (contact) c.payload = { ...c.payload, contact };
    }
  }
}

/** Each record's own columns; the payload as compact JSON text. */
function recordRows(part: ValidChange[]) {
  return part.map((c) => ({
    tbl: c.table,
    id: c.recordId,
    rev: c.rev,
    payload: JSON.stringify(c.payload),
    screening_id: screeningOf(c),
  }));
}

/** The device row is locked by this transaction: the new high-water mark is safe to write. */
async function bumpDevice(trx: Transaction<Database>, deviceId: string, lastSeq: number, input: ApplyInput) {
  const clock = input.clockOffsetMs === null ? {} : { clock_offset_ms: input.clockOffsetMs };
  await trx
    .updateTable('devices')
    .set({ last_seq: lastSeq, ...clock })
    .where('id', '=', deviceId)
    .execute();
}

async function missingBlobs(trx: Transaction<Database>, list: ValidChange[]): Promise<string[]> {
  const wanted = [...new Set(list.flatMap(audioOf))];
  const have = new Set<string>();
  for (const part of chunks(wanted)) {
    const rows = await trx.selectFrom('blobs').select('hash').where('hash', 'in', part).execute();
    for (const r of rows) have.add(r.hash);
  }
  return wanted.filter((h) => !have.has(h));
}
