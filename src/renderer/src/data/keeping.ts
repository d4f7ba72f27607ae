import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction } from 'dexie';

/** What a DBCore transaction is underneath (an IDBTransaction), as far as used here. */
type Stores = { objectStoreNames: { contains(name: string): boolean } };

/**
 * Writes to `table` that also keep other stores (read, change, write back: the question
 * tallies and sums, the outbox's counter): writes made side by side in one transaction
 * (Promise.all) would each read the row before the other stored it, and one count would
 * be lost, so they take turns. An upgrade from before a store existed has nothing to keep
 * there: with none to keep, the write goes straight down.
 */
export function keeping(
  table: DBCoreTable,
  stores: readonly string[],
  keep: (req: DBCoreMutateRequest, present: string[]) => Promise<DBCoreMutateResponse>,
): DBCoreTable {
  const turns = new WeakMap<DBCoreTransaction, Promise<unknown>>();
  return {
    ...table,
    mutate(req) {
      const names = (req.trans as unknown as Stores).objectStoreNames;
      const present = stores.filter((s) => names.contains(s));
      if (present.length === 0) return table.mutate(req);
      const previous = turns.get(req.trans);
      const run = previous ? previous.then(() => keep(req, present)) : keep(req, present);
      turns.set(
        req.trans,
        run.catch(() => null),
      );
      return run;
    },
  };
}
