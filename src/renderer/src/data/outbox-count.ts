import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import { keeping } from './keeping';

/** A count kept beside what it counts (table `counters`, schema v9). */
export interface Counter {
  name: string;
  n: number;
}

/** The row counting the outbox's entries: the changes not yet acknowledged. */
export const OUTBOX_COUNTER = 'outbox';

// No async/await below: Dexie's own middlewares find the transaction in its zone, which
// only Dexie's promises (the ones DBCore returns) carry from one step to the next.

const ALL = { type: 3 /* DBCoreRangeType.Any */ } as DBCoreKeyRange;

/** How many of the entries a delete or put names are stored now (none for an add). */
function present(outbox: DBCoreTable, req: DBCoreMutateRequest): Promise<number> | null {
  const { trans } = req;
  if (req.type === 'add') return null;
  if (req.type === 'deleteRange')
    return outbox.count({ trans, query: { index: outbox.schema.primaryKey, range: req.range } });
  const named = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(outbox.schema.primaryKey.extractKey!));
  // A put without its number gets a new one: nothing replaced.
  const keys = named.filter((k) => k !== undefined);
  if (keys.length === 0) return null;
  return outbox.getMany({ trans, keys }).then((rows) => rows.filter((r) => r !== undefined).length);
}

/** By how much a write changed the outbox's size, given how many of its keys were there before. */
function change(req: DBCoreMutateRequest, res: DBCoreMutateResponse, before: number): number {
  if (req.type === 'add') return req.values.length - res.numFailures;
  if (req.type === 'put') return req.values.length - res.numFailures - before;
  return -before;
}

function keepCount(
  outbox: DBCoreTable,
  counters: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  // The counter row, what the write replaces and the write itself go to IndexedDB
  // together (a transaction runs its requests in the order made): no extra round trip.
  const row = counters.get({ trans, key: OUTBOX_COUNTER }) as Promise<Counter | undefined>;
  const was = present(outbox, req);
  const wrote = outbox.mutate(req);
  wrote.catch(() => null); // its failure reaches the caller through `write`
  const write = (before: number) =>
    wrote.then((res) =>
      row.then((old) => {
        const by = change(req, res, before);
        if (old && by === 0) return res;
        // No row yet (a fresh device: upgrades run only over an older database): counted
        // once here, exact, as this transaction holds the outbox.
        const n = old
          ? Promise.resolve(old.n + by)
          : outbox.count({ trans, query: { index: outbox.schema.primaryKey, range: ALL } });
        const put = (v: number) => counters.mutate({ type: 'put', trans, values: [{ name: OUTBOX_COUNTER, n: v }] });
        return n.then(put).then(() => res);
      }),
    );
  return was ? was.then(write) : write(0);
}

/**
 * Keeps the outbox's size in `counters` exact, in the same transaction as every outbox
 * write (add, delete, a range delete after an ack, clear), whoever makes it: the badge
 * then reads one row, whatever the outbox holds. Every read-write transaction on the
 * outbox also opens `counters`, so a power cut keeps both or neither.
 */
export function outboxCount(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'outboxCount',
    create: (down) => ({
      transaction: (names, mode, options) => {
        const widen = mode === 'readwrite' && names.includes('outbox') && !names.includes('counters');
        return down.transaction(widen ? [...names, 'counters'] : names, mode, options);
      },
      table: (name) => {
        const table = down.table(name);
        if (name !== 'outbox') return table;
        return keeping(table, ['counters'], (req) => keepCount(table, down.table('counters'), req));
      },
    }),
  };
}
