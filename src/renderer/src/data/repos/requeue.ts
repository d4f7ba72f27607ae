import type { Table } from 'dexie';
import { db } from '../db';
import { nowIso } from '../ids';
import type { SyncedTable } from '../types';

const TABLES: SyncedTable[] = ['screenings', 'questions', 'pledges', 'events'];
const PAGE = 200;

/**
 * Queues again every record this kiosk holds, as it is now, for a collector that lost
 * part of what it had acknowledged (restored from an older copy). Each page of records
 * is read and queued in one transaction with its outbox rows, so a snapshot is never
 * older than the record. The collector's upserts make the copies it already has no-ops.
 * Returns how many records were queued.
 */
export async function requeueAllRecords(): Promise<number> {
  let queued = 0;
  for (const name of TABLES) {
    // One shape for the four tables: each row has a string id (and a rev, except events).
    const table = db()[name] as unknown as Table<{ id: string; rev?: number }, string>;
    const ids = await table.toCollection().primaryKeys();
    for (let i = 0; i < ids.length; i += PAGE) {
      queued += await db().transaction('rw', table, db().outbox, async () => {
        const rows = await table.bulkGet(ids.slice(i, i + PAGE));
        const at = nowIso();
        const entries = rows
          .filter((r) => r !== undefined)
          .map((r) => ({ table: name, recordId: r.id, rev: r.rev ?? 1, payload: r, at }));
        await db().outbox.bulkAdd(entries);
        return entries.length;
      });
    }
  }
  return queued;
}
