import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import { memoFold } from '@shared/words';
import type { Aggregate } from './tally';
import {
  addKeys,
  BUILT,
  emptySums,
  keysOf,
  SEP,
  shardOf,
  SUM_PARTS,
  sumRowsOf,
  type Bag,
  type QuestionSums,
  type QuestionSumRow,
} from './question-sums';
import type { Question } from './types';

// No async/await below: Dexie's own middlewares find the transaction in its zone, which
// only Dexie's promises (the ones DBCore returns) carry from one step to the next.

/**
 * The shards each transaction has read or written so far, as they are in it now (only
 * this middleware writes them in a question transaction, and its writes take turns): a
 * transaction writing thousands of questions (a bundle import, a sync pull) reads each
 * shard once. Gone with the transaction, committed or not. Absent row: null.
 */
const seen = new WeakMap<DBCoreTransaction, Map<string, Bag | null>>();
const at = (screeningId: string, part: string) => `${screeningId}${SEP}${part}`;

/** Reads into the transaction's cache the rows it does not know yet. */
function known(sums: DBCoreTable, trans: DBCoreTransaction, keys: [string, string][]) {
  const cache = seen.get(trans) ?? seen.set(trans, new Map()).get(trans)!;
  const missing = keys.filter(([id, part]) => !cache.has(at(id, part)));
  if (missing.length === 0) return Promise.resolve(cache);
  return sums.getMany({ trans, keys: missing }).then((rows: (QuestionSumRow | undefined)[]) => {
    missing.forEach(([id, part], i) => cache.set(at(id, part), rows[i]?.n ?? null));
    return cache;
  });
}

/**
 * A screening never summed (its questions were stored behind the app's back): summed
 * here from all its questions, this write included, once.
 */
function build(questions: DBCoreTable, sums: DBCoreTable, trans: DBCoreTransaction, id: string) {
  const index = questions.schema.getIndexByKeyPath('screeningId')!;
  const query = { index, range: { type: 1 /* DBCoreRangeType.Equal */, lower: id, upper: id } as const };
  return questions.query({ trans, values: true, query }).then(({ result }) => {
    const values = sumRowsOf(result as Question[], [id]);
    const cache = seen.get(trans)!;
    for (const r of values) cache.set(at(id, r.part), r.n);
    return sums.mutate({ type: 'put', trans, values });
  });
}

/** Each screening's changed keys, grouped by the stored shard that holds them. */
function shardsOf(deltas: Map<string, QuestionSums>) {
  const shards = new Map<string, { key: [string, string]; changes: [string, number][] }>();
  for (const [id, d] of deltas)
    for (const part of SUM_PARTS)
      for (const [k, by] of Object.entries(d[part])) {
        const shard = shardOf(part, k);
        const where = at(id, shard);
        (shards.get(where) ?? shards.set(where, { key: [id, shard], changes: [] }).get(where)!).changes.push([k, by]);
      }
  return [...shards.values()];
}

/** Each screening's built mark and the shards its changed keys are in: what a write reads. */
function toRead(deltas: Map<string, QuestionSums>) {
  const shards = shardsOf(deltas);
  const marks = [...deltas.keys()].map((id): [string, string] => [id, BUILT]);
  return { shards, keys: [...marks, ...shards.map((s) => s.key)] };
}

/** What questions take out of the sums (`out`) and add to them (`into`), by screening, onto `deltas`. */
function deltasOf(out: readonly Question[], into: readonly Question[], deltas = new Map<string, QuestionSums>()) {
  const fold = memoFold();
  const delta = (id: string) => deltas.get(id) ?? deltas.set(id, emptySums()).get(id)!;
  for (const q of out) addKeys(delta(q.screeningId), keysOf(q, fold), -1);
  for (const q of into) addKeys(delta(q.screeningId), keysOf(q, fold), 1);
  return deltas;
}

/**
 * The shards the new questions' keys are in, read with the write (see Aggregate): a
 * question moved keeps most of its keys (its screening's counts, its words, its time), so
 * the old question's few others (its old status is in `counts` too) rarely need a read.
 * The new questions' keys, found here, are not looked for again.
 */
function prefetch(sums: DBCoreTable, trans: DBCoreTransaction, into: Question[]) {
  if (into.length === 0) return null;
  const deltas = deltasOf([], into);
  const read = known(sums, trans, toRead(deltas).keys);
  read.catch(() => null); // a failed read fails the transaction, and the write with it
  return { deltas, of: into.length, read };
}

/**
 * Moves the sums of the screenings a write touched: the old questions' keys out, the new
 * ones' in. Only the shards whose keys changed are read and written back (approving a
 * question changes two counts, not its words or its time); all in one read, most often
 * the one made with the write.
 */
function apply(
  questions: DBCoreTable,
  sums: DBCoreTable,
  trans: DBCoreTransaction,
  out: Question[],
  into: Question[],
  early: ReturnType<typeof prefetch> = null,
) {
  // The prefetch's keys unless some of the questions it was given failed to be written.
  const deltas = early && early.of === into.length ? deltasOf(out, [], early.deltas) : deltasOf(out, into);
  const ids = [...deltas.keys()];
  const { shards, keys } = toRead(deltas);
  // After the prefetch: what it read is in the transaction's cache, and only the rest is read.
  const read = early ? early.read.then(() => known(sums, trans, keys)) : known(sums, trans, keys);
  return read.then((cache) => {
    const unbuilt = new Set(ids.filter((id) => cache.get(at(id, BUILT)) === null));
    const values = shards
      .filter(({ key: [id] }) => !unbuilt.has(id))
      .map(({ key: [screeningId, part], changes }): QuestionSumRow => {
        const n = { ...(cache.get(at(screeningId, part)) ?? {}) };
        for (const [k, by] of changes) {
          const next = (n[k] ?? 0) + by;
          if (next === 0) delete n[k];
          else n[k] = next;
        }
        cache.set(at(screeningId, part), n);
        return { screeningId, part, n };
      });
    const moved = values.length ? sums.mutate({ type: 'put', trans, values }) : Promise.resolve(null);
    return [...unbuilt].reduce<Promise<unknown>>((p, id) => p.then(() => build(questions, sums, trans, id)), moved);
  });
}

/** How one write changes `questionSums` (schema v8), beside the tallies (see questionAggregates). */
export const SUMS: Aggregate<ReturnType<typeof prefetch>> = { store: 'questionSums', prefetch, apply };
