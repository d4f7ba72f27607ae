import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { logId } from '../auth/devices';
import { nowIso } from '../auth/secrets';
import type { Device } from '../auth/devices';
import { chunks } from '../db/chunks';
import { withRetry } from '../db/retry';
import { checkKioskClaims, checkScreeningRefs, ForeignRecordError } from './ownership';
import { audioOf, screeningOf, type ValidChange } from './payloads';
import { SequenceGapError } from './sequence-gap';
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

/** The newest revision of each record, sorted by key so concurrent transactions lock rows in the same order. */
function newestInKeyOrder(changes: ValidChange[]): ValidChange[] {
  const key = (c: ValidChange) => `${c.table}\u0000${c.recordId}`;
  return newestPerRecord(changes).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Current revisions of these records, refusing the whole batch if another kiosk owns one. */
async function currentRevs(trx: Transaction<Database>, device: Device, list: ValidChange[]) {
  const revs = new Map<string, number>();
  for (const part of chunks(list)) {
    const rows = await trx
      .selectFrom('records')
      .select(['tbl', 'id', 'rev', 'kiosk_id'])
      .where(
        'id',
        'in',
        part.map((c) => c.recordId),
      )
      .execute();
    for (const r of rows) {
      if (!part.some((c) => c.table === r.tbl && c.recordId === r.id)) continue;
      if (r.kiosk_id !== device.kiosk_id) throw new ForeignRecordError(r.tbl, r.id);
      revs.set(`${r.tbl}\u0000${r.id}`, r.rev);
    }
  }
  return revs;
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
  return withRetry(() => db.transaction().execute((trx) => applyIn(trx, device, input, list, maxSeq, at)));
}

async function applyIn(
  trx: Transaction<Database>,
  device: Device,
  input: ApplyInput,
  list: ValidChange[],
  maxSeq: number,
  at: string,
): Promise<ApplyResult> {
  const appliedSeq = await lockDevice(trx, device.id, at);
  if (input.follows !== undefined && input.follows > appliedSeq) throw new SequenceGapError(input.follows, appliedSeq);
  const revs = await currentRevs(trx, device, list);
  await checkScreeningRefs(trx, device.kiosk_id, list);
  const fresh = list.filter((c) => (revs.get(`${c.table}\u0000${c.recordId}`) ?? 0) < c.rev);
  await keepPurgedContacts(trx, fresh);
  for (const part of chunks(fresh)) await upsert(trx, device, part, input.clockOffsetMs, at);
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
      applied: fresh.length,
      last_seq: lastSeq,
    })
    .execute();
  return { lastSeq, applied: fresh.length, missingBlobs: await missingBlobs(trx, list) };
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
async function keepPurgedContacts(trx: Transaction<Database>, fresh: ValidChange[]): Promise<void> {
  for (const c of fresh) {
    if (c.table !== 'pledges' || !c.payload.contactPurgedAt || c.payload.contact) continue;
    const row = await trx
      .selectFrom('records')
      .select('payload')
      .where('tbl', '=', 'pledges')
      .where('id', '=', c.recordId)
      .executeTakeFirst();
    const contact = row ? (JSON.parse(row.payload) as Pick<Pledge, 'contact'>).contact : undefined;
    if (contact) c.payload = { ...c.payload, contact };
  }
}

async function upsert(
  trx: Transaction<Database>,
  device: Device,
  part: ValidChange[],
  offset: number | null,
  at: string,
) {
  const rows = part.map((c) => ({
    tbl: c.table,
    id: c.recordId,
    kiosk_id: device.kiosk_id,
    device_id: device.id,
    rev: c.rev,
    payload: JSON.stringify(c.payload),
    screening_id: screeningOf(c),
    clock_offset_ms: offset,
    received_at: at,
  }));
  await trx
    .insertInto('records')
    .values(rows)
    .onConflict((oc) =>
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
    )
    .execute();
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
