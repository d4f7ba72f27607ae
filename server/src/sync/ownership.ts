import type { Transaction } from 'kysely';
import type { Device } from '../auth/devices';
import { chunks } from '../db/chunks';
import type { Database } from '../db/schema';
import type { ValidChange } from './payloads';

/** A change that would speak for another kiosk: the whole batch is refused (403). */
export class ForeignRecordError extends Error {
  constructor(
    readonly table: string,
    readonly recordId: string,
    message = `${table} ${recordId} belongs to another kiosk`,
  ) {
    super(message);
  }
}

/**
 * The kiosk a device speaks for comes from its token, never from what it sends: a
 * screening naming another kiosk is refused rather than filed under that kiosk.
 */
export function checkKioskClaims(device: Device, list: ValidChange[]): void {
  for (const c of list) {
    if (c.table !== 'screenings' || c.payload.kioskId === device.kiosk_id) continue;
    throw new ForeignRecordError(
      c.table,
      c.recordId,
      `screenings ${c.recordId} names kiosk ${String(c.payload.kioskId)}, but this device is kiosk ${device.kiosk_id}`,
    );
  }
}

/**
 * Questions, pledges and events hang under a screening; it must be one of this kiosk's
 * (in this batch or already stored). A screening not known yet is let through: the
 * exports only ever join a record to a screening of the same kiosk.
 */
export async function checkScreeningRefs(trx: Transaction<Database>, kioskId: string, list: ValidChange[]) {
  const refs = new Map<string, ValidChange>();
  for (const c of list) if (c.table !== 'screenings') refs.set(String(c.payload.screeningId), c);
  await refuseForeign(trx, kioskId, 'screenings', refs, inBatch(list, 'screenings'), 'screening');
}

/**
 * A "me too" counts for a question by id: a vote naming another kiosk's question would add
 * to that kiosk's counts, so it is refused like a write to that question.
 */
export async function checkVoteRefs(trx: Transaction<Database>, kioskId: string, list: ValidChange[]) {
  const refs = new Map<string, ValidChange>();
  for (const c of list) if (c.table === 'votes') refs.set(c.payload.questionId, c);
  await refuseForeign(trx, kioskId, 'questions', refs, inBatch(list, 'questions'), 'question');
}

/**
 * A poll answer counts for a poll by id, like a vote for a question: one naming another
 * kiosk's poll would add to that kiosk's results, so it is refused the same way.
 */
export async function checkPollAnswerRefs(trx: Transaction<Database>, kioskId: string, list: ValidChange[]) {
  const refs = new Map<string, ValidChange>();
  for (const c of list) if (c.table === 'pollAnswers') refs.set(c.payload.pollId, c);
  await refuseForeign(trx, kioskId, 'polls', refs, inBatch(list, 'polls'), 'poll');
}

const inBatch = (list: ValidChange[], table: string) =>
  new Set(list.filter((c) => c.table === table).map((c) => c.recordId));

/** Throws when one of the referenced records (not in this batch) is stored under another kiosk. */
async function refuseForeign(
  trx: Transaction<Database>,
  kioskId: string,
  tbl: 'screenings' | 'questions' | 'polls',
  refs: Map<string, ValidChange>,
  sentHere: Set<string>,
  noun: string,
) {
  const foreign = await firstForeign(
    trx,
    kioskId,
    tbl,
    [...refs.keys()].filter((id) => !sentHere.has(id)),
  );
  const c = foreign === undefined ? undefined : refs.get(foreign);
  if (c)
    throw new ForeignRecordError(c.table, c.recordId, `${c.table} ${c.recordId} refers to another kiosk's ${noun}`);
}

/**
 * The first of these records of one table stored under another kiosk, if any. One
 * `tbl = ? AND id IN (…)` read per chunk: an index lookup, whatever the collector holds
 * (an `id IN` alone would scan every record).
 */
async function firstForeign(trx: Transaction<Database>, kioskId: string, tbl: string, ids: string[]) {
  for (const part of chunks(ids)) {
    const foreign = await trx
      .selectFrom('records')
      .select('id')
      .where('tbl', '=', tbl)
      .where('id', 'in', part)
      .where('kiosk_id', '<>', kioskId)
      .executeTakeFirst();
    if (foreign) return foreign.id;
  }
  return undefined;
}

/** The changes' ids grouped by table, so each lookup uses the (tbl, id) primary key. */
function byTable(list: ValidChange[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const c of list) {
    const group = groups.get(c.table);
    if (group) group.push(c.recordId);
    else groups.set(c.table, [c.recordId]);
  }
  return groups;
}

/** Throws when one of these records is stored under another kiosk: a change speaks for its own kiosk's records only. */
export async function refuseForeignRecords(trx: Transaction<Database>, kioskId: string, list: ValidChange[]) {
  for (const [tbl, ids] of byTable(list)) {
    const foreign = await firstForeign(trx, kioskId, tbl, ids);
    if (foreign !== undefined) throw new ForeignRecordError(tbl, foreign);
  }
}
