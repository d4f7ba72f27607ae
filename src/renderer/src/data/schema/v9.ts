import type { Dexie } from 'dexie';
import { OUTBOX_COUNTER } from '../outbox-count';

/**
 * Version 9 (issue 16, the debate's hot paths): `counters`, small rows of counts kept
 * exact in the same transaction as the writes they count (data/outbox-count.ts). The
 * sync badge showed `outbox.count()`, re-run on every write: Chromium counts by reading
 * every entry, so a week offline cost more on each question. The upgrade counts the
 * outbox once. Local, derived, never synced. Frozen.
 */
export function v9(db: Dexie): void {
  db.version(9)
    .stores({ counters: 'name' })
    .upgrade(async (tx) => {
      await tx.table('counters').put({ name: OUTBOX_COUNTER, n: await tx.table('outbox').count() });
    });
}
