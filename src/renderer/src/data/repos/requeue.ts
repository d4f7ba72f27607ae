import type { Table } from 'dexie';
import { SYNC_TABLES } from '@shared/records/constants';
import type { SyncedRecords, SyncTableName } from '@shared/records';
import { db } from '../db';
import { nowIso } from '../ids';
import { outboxEntry } from '../write';

const PAGE = 200;

/** Queues every record of one table again, a page per transaction; returns how many. */
async function requeueTable<N extends SyncTableName>(name: N): Promise<number> {
  const table = db()[name] as unknown as Table<SyncedRecords[N], string>;
  const ids = await table.toCollection().primaryKeys();
  let queued = 0;
  for (let i = 0; i < ids.length; i += PAGE) {
    queued += await db().transaction('rw', table, db().outbox, async () => {
      const rows = (await table.bulkGet(ids.slice(i, i + PAGE))).filter((r) => r !== undefined);
      const at = nowIso();
      // Events are append-only at rev 1; the others carry their own revision.
      await db().outbox.bulkAdd(rows.map((r) => outboxEntry(name, r, 'rev' in r ? r.rev : 1, at)));
      return rows.length;
    });
  }
  return queued;
}

/**
 * Queues again every record this kiosk holds, as it is now, for a collector that lost
 * part of what it had acknowledged (restored from an older copy). Each page of records
 * is read and queued in one transaction with its outbox rows, so a snapshot is never
 * older than the record. The collector's upserts make the copies it already has no-ops.
 * Returns how many records were queued.
 */
export async function requeueAllRecords(): Promise<number> {
  let queued = 0;
  for (const name of SYNC_TABLES) queued += await requeueTable(name);
  return queued;
}
