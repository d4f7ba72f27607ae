import type { Table } from 'dexie';
import { db } from './db';
import { newId, nowIso } from './ids';
import type { KioskEvent, Synced, SyncedTable } from './types';

type SyncedRecord = Synced & Record<string, unknown>;

function table(name: SyncedTable): Table<SyncedRecord, string> {
  return db()[name] as unknown as Table<SyncedRecord, string>;
}

/** Every table a synced write touches; use with `db().transaction('rw', ...)` to compose writes. */
export const syncedWriteTables = (...extra: SyncedTable[]) => [
  ...new Set(extra.map((t) => db()[t])),
  db().events,
  db().outbox,
];

/**
 * Inserts a new synced record and its outbox entry in one transaction, so a record
 * never exists without the change that will carry it to the collector.
 */
export async function insertSynced<T extends Synced>(
  name: SyncedTable,
  record: Omit<T, 'rev' | 'createdAt' | 'updatedAt'>,
): Promise<T> {
  const at = nowIso();
  const full = { ...record, rev: 1, createdAt: at, updatedAt: at } as unknown as T;
  await db().transaction('rw', table(name), db().outbox, async () => {
    await table(name).add(full as unknown as SyncedRecord);
    await db().outbox.add({ table: name, recordId: full.id, rev: 1, payload: full, at });
  });
  return full;
}

/**
 * Changes a synced record (read, apply, bump rev) and queues the new snapshot in the
 * same transaction. Throws when the record does not exist.
 */
export async function updateSynced<T extends Synced>(
  name: SyncedTable,
  id: string,
  change: (current: T) => T,
): Promise<T> {
  return db().transaction('rw', table(name), db().outbox, async () => {
    const current = (await table(name).get(id)) as unknown as T | undefined;
    if (!current) throw new Error(`${name} ${id} not found`);
    const at = nowIso();
    const next = { ...change(current), id, rev: current.rev + 1, updatedAt: at } as T;
    await table(name).put(next as unknown as SyncedRecord);
    await db().outbox.add({ table: name, recordId: id, rev: next.rev, payload: next, at });
    return next;
  });
}

/** Appends to the audit trail (append-only; synced like any record). */
export async function appendEvent(
  screeningId: string,
  type: string,
  data: Record<string, unknown> = {},
): Promise<KioskEvent> {
  const event: KioskEvent = { id: newId(), screeningId, at: nowIso(), type, data };
  await db().transaction('rw', db().events, db().outbox, async () => {
    await db().events.add(event);
    await db().outbox.add({ table: 'events', recordId: event.id, rev: 1, payload: event, at: event.at });
  });
  return event;
}
