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
  // Both requests at once: the outbox entry does not wait for the record's round trip.
  await db().transaction('rw', table(name), db().outbox, () =>
    Promise.all([table(name).add(full), db().outbox.add(outboxEntry(name, full, 1, at))]),
  );
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
    const next = revised(current, change(current), at);
    await table(name).put(next);
    await db().outbox.add(outboxEntry(name, next, next.rev, at));
    return next;
  });
}

/** The next revision of a record read in the caller's transaction: rev bumped, time stamped. */
export const revised = <R extends Revised>(current: R, next: R, at: string): R => ({
  ...next,
  id: current.id,
  rev: current.rev + 1,
  updatedAt: at,
});

/** An audit-trail entry, not yet stored (see appendEvent and putRevisedWithEvents). */
export const eventOf = <T extends EventType>(screeningId: string, type: T, data: EventData<T>): KioskEvent =>
  ({ id: newId(), screeningId, at: nowIso(), type, data }) as KioskEvent;

/**
 * Stores records revised in the caller's transaction (see `revised`), each with the audit
 * event that says why, and their outbox entries in the order they happened. One request
 * per table, sent together: projecting a question (the one on stage answered, the new one
 * on stage) took 18 requests one after another in one transaction, and now takes 8, of
 * which 6 one after another (moderation's hot path, issue 16).
 */
export async function putRevisedWithEvents<N extends RevisedTable>(
  name: N,
  steps: { record: SyncedRecords[N]; event: KioskEvent }[],
): Promise<void> {
  const outbox = steps.flatMap(({ record, event }) => [
    outboxEntry(name, record, record.rev, record.updatedAt),
    outboxEntry('events', event, 1, event.at),
  ]);
  await Promise.all([
    table(name).bulkPut(steps.map((s) => s.record)),
    db().events.bulkAdd(steps.map((s) => s.event)),
    db().outbox.bulkAdd(outbox),
  ]);
}

/** Appends to the audit trail (append-only; synced like any record). */
export async function appendEvent<T extends EventType>(
  screeningId: string,
  type: T,
  data: EventData<T>,
): Promise<KioskEvent> {
  const event = eventOf(screeningId, type, data);
  await db().transaction('rw', db().events, db().outbox, async () => {
    await db().events.add(event);
    await db().outbox.add(outboxEntry('events', event, 1, event.at));
  });
  return event;
}
