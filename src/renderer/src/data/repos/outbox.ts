import { db } from '../db';
import { OUTBOX_COUNTER } from '../outbox-count';
import { getSetting, setSetting } from './settings';
import type { Change } from '@shared/sync-protocol';
import type { AudioBlob, OutboxEntry } from '../types';

/** An outbox row as read back: always numbered. */
export type PendingChange = OutboxEntry & { seq: number };

/** The change as the wire carries it: the envelope's fields and nothing else (the collector is strict). */
export const toChange = ({ seq, table, recordId, rev, at, payload }: PendingChange): Change =>
  // The table and its record type were paired when the entry was written (data/write).
  ({ seq, table, recordId, rev, at, payload }) as Change;

/**
 * Changes not yet acknowledged by the collector. Works offline (it only reads); the
 * count drops as the sync engine marks batches sent. One row, kept exact with every
 * outbox write (data/outbox-count.ts): counting the outbox itself read every entry.
 */
export async function pendingCount(): Promise<number> {
  return (await db().counters.get(OUTBOX_COUNTER))?.n ?? db().outbox.count();
}

/**
 * The oldest unsent changes, in the order they were made. A single read that has
 * finished when it resolves: the caller may then go to the network (never inside a
 * Dexie transaction, which would commit early or time out).
 */
export async function readBatch(limit: number): Promise<PendingChange[]> {
  return (await db().outbox.orderBy('seq').limit(limit).toArray()) as PendingChange[];
}

/**
 * Forgets changes the collector has acknowledged, in its own transaction after the ack.
 * A batch is always the oldest changes in order (`readBatch`), so it is one range of
 * sequence numbers, deleted as a range: one request instead of one per change (a per-key
 * delete was two thirds of a sync's time). Changes written meanwhile have higher numbers
 * and stay queued. The same transaction remembers the last acknowledged number, which the
 * next batch says it follows: the outbox then holds exactly what came after it.
 */
export async function markSentThrough(firstSeq: number, lastSeq: number): Promise<void> {
  await db().transaction('rw', db().outbox, db().settings, async () => {
    await db().outbox.where('seq').between(firstSeq, lastSeq, true, true).delete();
    await setSetting('sync.ackedSeq', lastSeq);
  });
}

/** The last sequence number the collector acknowledged (0 before any, or for a new collector). */
export async function ackedSeq(): Promise<number> {
  return (await getSetting('sync.ackedSeq')) ?? 0;
}

/** Where the collector says it stands (after a 409), or 0 on enrolling with a new collector. */
export async function setAckedSeq(seq: number): Promise<void> {
  await setSetting('sync.ackedSeq', seq);
}

/**
 * Every unsent change, for a USB bundle, in pages so a month offline does not hold one
 * huge read open. Nothing is removed: only a collector's ack does that.
 */
export async function forEachPending(page: number, visit: (batch: PendingChange[]) => void): Promise<void> {
  let after = 0;
  for (;;) {
    const batch = (await db().outbox.where('seq').above(after).limit(page).toArray()) as PendingChange[];
    if (batch.length === 0) return;
    visit(batch);
    after = batch[batch.length - 1]!.seq;
  }
}

/** Recordings by hash (those missing locally are left out). */
export async function blobsByHash(hashes: string[]): Promise<AudioBlob[]> {
  const rows = await db().blobs.bulkGet(hashes);
  return rows.filter((r): r is AudioBlob => r !== undefined);
}
