import type { Table } from 'dexie';
import { db } from './db';
import { newId, nowIso } from './ids';
import type { EventData, EventType, KioskEvent, OutboxEntry, SyncedRecords, SyncTableName } from './types';

/** Tables whose records are revised (events are append-only: see appendEvent). */
type RevisedTable = Exclude<SyncTableName, 'events'>;
type Revised = SyncedRecords[RevisedTable];
/** A new record as its writer builds it: the write stamps rev and times. */
export type Draft<R> = Omit<R, 'rev' | 'createdAt' | 'updatedAt'>;

function table(name: RevisedTable): Table<Revised, string> {
  return db()[name] as unknown as Table<Revised, string>;
}

/** The outbox entry carrying a record's snapshot (the table and its record type agree). */
export const outboxEntry = <N extends SyncTableName>(name: N, record: SyncedRecords[N], rev: number, at: string) =>
  ({ table: name, recordId: record.id, rev, payload: record, at }) as OutboxEntry;

/** Every table a synced write touches; use with `db().transaction('rw', ...)` to compose writes. */
export const syncedWriteTables = (...extra: SyncTableName[]) => [
  ...new Set(extra.map((t) => db()[t])),
  db().events,
  db().outbox,
];

/**
 * Inserts a new synced record and its outbox entry in one transaction, so a record
 * never exists without the change that will carry it to the collector.
 */
export async function insertSynced<N extends RevisedTable>(
  name: N,
  record: Draft<SyncedRecords[N]>,
): Promise<SyncedRecords[N]> {
  const at = nowIso();
  const full = { ...record, rev: 1, createdAt: at, updatedAt: at } as SyncedRecords[N];
  await db().transaction('rw', table(name), db().outbox, async () => {
    await table(name).add(full);
    await db().outbox.add(outboxEntry(name, full, 1, at));
  });
  return full;
}

/**
 * Changes a synced record (read, apply, bump rev) and queues the new snapshot in the
 * same transaction. Throws when the record does not exist.
 */
export async function updateSynced<N extends RevisedTable>(
  name: N,
  id: string,
  change: (current: SyncedRecords[N]) => SyncedRecords[N],
): Promise<SyncedRecords[N]> {
  return db().transaction('rw', table(name), db().outbox, async () => {
    const current = (await table(name).get(id)) as SyncedRecords[N] | undefined;
    if (!current) throw new Error(`${name} ${id} not found`);
    const at = nowIso();
    const next = { ...change(current), id, rev: current.rev + 1, updatedAt: at };
    await table(name).put(next);
    await db().outbox.add(outboxEntry(name, next, next.rev, at));
    return next;
  });
}

/** Appends to the audit trail (append-only; synced like any record). */
export async function appendEvent<T extends EventType>(
  screeningId: string,
  type: T,
  data: EventData<T>,
): Promise<KioskEvent> {
  const event = { id: newId(), screeningId, at: nowIso(), type, data } as KioskEvent;
  await db().transaction('rw', db().events, db().outbox, async () => {
    await db().events.add(event);
    await db().outbox.add(outboxEntry('events', event, 1, event.at));
  });
  return event;
}
