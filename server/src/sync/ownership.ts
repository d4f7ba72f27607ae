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
  const inBatch = new Set(list.filter((c) => c.table === 'screenings').map((c) => c.recordId));
  const refs = new Map<string, ValidChange>();
  for (const c of list) {
    const id = c.table === 'screenings' ? null : String(c.payload.screeningId);
    if (id !== null && !inBatch.has(id)) refs.set(id, c);
  }
  for (const part of chunks([...refs.keys()])) {
    const foreign = await trx
      .selectFrom('records')
      .select('id')
      .where('tbl', '=', 'screenings')
      .where('id', 'in', part)
      .where('kiosk_id', '<>', kioskId)
      .executeTakeFirst();
    const c = foreign ? refs.get(foreign.id) : undefined;
    if (c) {
      throw new ForeignRecordError(c.table, c.recordId, `${c.table} ${c.recordId} refers to another kiosk's screening`);
    }
  }
}
