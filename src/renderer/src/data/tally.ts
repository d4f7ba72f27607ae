import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { CONTENT_LANGS, QUESTION_STATUSES, type ContentLang, type Question, type QuestionStatus } from './types';
import { keeping } from './keeping';

/**
 * A screening's questions counted by status, language and source (table `tallies`,
 * schema v7). Chromium counts an index range by reading every entry in it: 10 counts
 * over 10,000 questions took seconds, and the console re-ran them on every write. The
 * tally is one small row, kept exact by the middleware below in the same transaction
 * as every question write, whichever code makes it.
 */
export interface Tally {
  screeningId: string;
  byStatus: Record<QuestionStatus, number>;
  byLanguage: Record<ContentLang, number>;
  /** Asked aloud and logged by the facilitator (source `floor`). */
  fromFloor: number;
  /** Sent from attendees' phones (source `phone`). */
  fromPhone: number;
}

type Counted = Pick<Question, 'screeningId' | 'status' | 'language' | 'source'>;

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export const emptyTally = (screeningId: string): Tally => ({
  screeningId,
  byStatus: zeros(QUESTION_STATUSES),
  byLanguage: zeros(CONTENT_LANGS),
  fromFloor: 0,
  fromPhone: 0,
});

/** Counts one question in (`by` 1) or out (−1) of its screening's tally. */
export function countInto(t: Tally, q: Counted, by: 1 | -1): void {
  t.byStatus[q.status] = (t.byStatus[q.status] ?? 0) + by;
  t.byLanguage[q.language] = (t.byLanguage[q.language] ?? 0) + by;
  if (q.source === 'floor') t.fromFloor += by;
  if (q.source === 'phone') t.fromPhone += by;
}

// No async/await below: Dexie's own middlewares find the transaction in its zone, which
// only Dexie's promises (the ones DBCore returns) carry from one step to the next.

/** The questions as they were before a write (aligned with its values or keys); none for an add. */
function before(questions: DBCoreTable, req: DBCoreMutateRequest): Promise<(Question | undefined)[]> | null {
  const { trans } = req;
  if (req.type === 'add') return null;
  if (req.type === 'deleteRange') {
    const query = { index: questions.schema.primaryKey, range: req.range };
    return questions.query({ trans, values: true, query }).then((r) => r.result as Question[]);
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(questions.schema.primaryKey.extractKey!));
  return questions.getMany({ trans, keys });
}

/** The tallies of the screenings a write puts questions in, read with the write itself (see Aggregate). */
function prefetch(tallies: DBCoreTable, trans: DBCoreTransaction, into: readonly Counted[]): Prefetched {
  const ids = [...new Set(into.map((q) => q.screeningId))];
  if (ids.length === 0) return null;
  const rows = tallies.getMany({ trans, keys: ids }) as Promise<(Tally | undefined)[]>;
  rows.catch(() => null); // a failed read fails the transaction, and the write with it
  return { ids, rows };
}
type Prefetched = { ids: string[]; rows: Promise<(Tally | undefined)[]> } | null;

/** Applies a write's change to the tallies it touches; a screening without one is left to ensureTally. */
function apply(
  _questions: DBCoreTable,
  tallies: DBCoreTable,
  trans: DBCoreTransaction,
  out: Counted[],
  into: Counted[],
  early: Prefetched = null,
): Promise<unknown> {
  const ids = [...new Set([...out, ...into].map((q) => q.screeningId))];
  // The rows read with the write when they are all that is needed (a question moved within
  // its screening, a new one); else read now (a delete, a question moved to another screening).
  const read =
    early && ids.every((id) => early.ids.includes(id))
      ? early.rows.then((rows) => ids.map((id) => rows[early.ids.indexOf(id)]))
      : (tallies.getMany({ trans, keys: ids }) as Promise<(Tally | undefined)[]>);
  return read.then((rows) => {
    const byId = new Map(rows.filter((t): t is Tally => !!t).map((t) => [t.screeningId, structuredClone(t)]));
    if (byId.size === 0) return null;
    for (const q of out) if (byId.has(q.screeningId)) countInto(byId.get(q.screeningId)!, q, -1);
    for (const q of into) if (byId.has(q.screeningId)) countInto(byId.get(q.screeningId)!, q, 1);
    return tallies.mutate({ type: 'put', trans, values: [...byId.values()] });
  });
}

/** The questions a write took out (as they were) and put in, leaving out those that failed. */
function outAndIn<Q>(
  req: DBCoreMutateRequest,
  old: (Q | undefined)[],
  res: DBCoreMutateResponse,
): { out: Q[]; into: Q[] } {
  const failed = (i: number) => i in res.failures;
  const out = old.filter((q, i): q is Q => !!q && !failed(i));
  const into = req.type === 'add' || req.type === 'put' ? (req.values as Q[]).filter((_, i) => !failed(i)) : [];
  return { out, into };
}

/** What an aggregate of the questions does with one write: what it took out (as they were) and put in. */
export type KeepAggregate<P = unknown> = (
  questions: DBCoreTable,
  kept: DBCoreTable,
  trans: DBCoreTransaction,
  out: Question[],
  into: Question[],
  early?: P,
) => Promise<unknown>;

/**
 * A store kept in step with the questions, and how one write changes it. `prefetch`
 * starts reading the rows the questions being written will need, in the same request
 * batch as the write and the read of the old questions; `apply` gets what it returned.
 */
export interface Aggregate<P = unknown> {
  store: string;
  prefetch?: (kept: DBCoreTable, trans: DBCoreTransaction, into: Question[]) => P;
  apply: KeepAggregate<P>;
}

/**
 * One middleware keeping each aggregate's store in step with `questions`: every
 * read-write transaction on questions also opens those stores (so they change in the same
 * commit: a power cut keeps all or none), and every add, put and delete (clear too) reads
 * the old questions once and hands each aggregate what it took out and put in, whoever
 * writes: the kiosk, the console, a sync pull, a bundle import.
 * The read of the old rows, the write and the aggregates' reads of the rows the new
 * questions need go to IndexedDB together (a transaction runs its requests in the order
 * made, so the read still sees the rows as they were; the aggregate rows are only written
 * after), then the aggregates, each on its own store, write side by side: a projection
 * waited for six round trips one after another inside its transaction, now two.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each aggregate's prefetch goes to its own apply
export function questionAggregates(aggregates: Aggregate<any>[]): Middleware<DBCore> {
  const stores = aggregates.map((a) => a.store);
  const withAggregates = (questions: DBCoreTable, down: DBCore): DBCoreTable =>
    keeping(questions, stores, (req, present) => {
      const kept = aggregates.filter((a) => present.includes(a.store));
      const old = before(questions, req);
      const wrote = questions.mutate(req);
      const values = req.type === 'add' || req.type === 'put' ? (req.values as Question[]) : [];
      const early = kept.map((a): unknown => a.prefetch?.(down.table(a.store), req.trans, values));
      // Its failure reaches the caller through `write` below; this only marks it handled
      // while the old rows are still being read.
      wrote.catch(() => null);
      const write = (rows: (Question | undefined)[]) =>
        wrote.then((res) => {
          const { out, into } = outAndIn(req, rows, res);
          if (out.length + into.length === 0) return res;
          // Dexie's own Promise.all: it carries the transaction's zone (see the note above).
          const each = kept.map((a, i) => a.apply(questions, down.table(a.store), req.trans, out, into, early[i]));
          return Dexie.Promise.all(each).then(() => res);
        });
      return old ? old.then(write) : write([]);
    });
  return {
    stack: 'dbcore',
    name: 'questionAggregates',
    create: (down) => ({
      transaction: (names, mode, options) => {
        const missing = stores.filter((s) => !names.includes(s));
        const widen = mode === 'readwrite' && names.includes('questions') && missing.length > 0;
        return down.transaction(widen ? [...names, ...missing] : names, mode, options);
      },
      table: (table) => (table === 'questions' ? withAggregates(down.table(table), down) : down.table(table)),
    }),
  };
}

/** How one write changes `tallies` (schema v7). */
export const TALLIES: Aggregate<Prefetched> = { store: 'tallies', prefetch, apply };
