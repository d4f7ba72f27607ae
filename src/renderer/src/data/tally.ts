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

/** Applies a write's change to the tallies it touches; a screening without one is left to ensureTally. */
function apply(
  _questions: DBCoreTable,
  tallies: DBCoreTable,
  trans: DBCoreTransaction,
  out: Counted[],
  into: Counted[],
): Promise<unknown> {
  const ids = [...new Set([...out, ...into].map((q) => q.screeningId))];
  return tallies.getMany({ trans, keys: ids }).then((rows: (Tally | undefined)[]) => {
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
export type KeepAggregate = (
  questions: DBCoreTable,
  kept: DBCoreTable,
  trans: DBCoreTransaction,
  out: Question[],
  into: Question[],
) => Promise<unknown>;

/** A store kept in step with the questions, and how one write changes it. */
export interface Aggregate {
  store: string;
  apply: KeepAggregate;
}

/**
 * One middleware keeping each aggregate's store in step with `questions`: every
 * read-write transaction on questions also opens those stores (so they change in the same
 * commit: a power cut keeps all or none), and every add, put and delete (clear too) reads
 * the old questions once and hands each aggregate what it took out and put in, whoever
 * writes: the kiosk, the console, a sync pull, a bundle import.
 * The read of the old rows and the write go to IndexedDB together (a transaction runs
 * its requests in the order made, so the read still sees the rows as they were), and the
 * aggregates, each on its own store, read and write side by side: a projection waited
 * for six round trips one after another inside its transaction, now three.
 */
export function questionAggregates(aggregates: Aggregate[]): Middleware<DBCore> {
  const stores = aggregates.map((a) => a.store);
  const withAggregates = (questions: DBCoreTable, down: DBCore): DBCoreTable =>
    keeping(questions, stores, (req, present) => {
      const kept = aggregates.filter((a) => present.includes(a.store));
      const old = before(questions, req);
      const wrote = questions.mutate(req);
      // Its failure reaches the caller through `write` below; this only marks it handled
      // while the old rows are still being read.
      wrote.catch(() => null);
      const write = (rows: (Question | undefined)[]) =>
        wrote.then((res) => {
          const { out, into } = outAndIn(req, rows, res);
          if (out.length + into.length === 0) return res;
          // Dexie's own Promise.all: it carries the transaction's zone (see the note above).
          const each = kept.map((a) => a.apply(questions, down.table(a.store), req.trans, out, into));
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
export const TALLIES: Aggregate = { store: 'tallies', apply };
