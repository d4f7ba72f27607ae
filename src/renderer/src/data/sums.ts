import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { memoFold } from '@shared/words';
import { before, keeping, outAndIn } from './tally';
import { addKeys, emptySums, keysOf, SUM_PARTS, type QuestionSumRow, type SumPart } from './question-sums';
import type { Question } from './types';

// No async/await below: Dexie's own middlewares find the transaction in its zone, which
// only Dexie's promises (the ones DBCore returns) carry from one step to the next.

/**
 * Moves the sums of the screenings a write touched: the old questions' keys out, the new
 * ones' in. Only the parts whose keys changed are read and written back (approving a
 * question changes `counts`, not its words or its time).
 */
function apply(sums: DBCoreTable, trans: DBCoreTransaction, out: Question[], into: Question[]): Promise<unknown> {
  const fold = memoFold();
  const deltas = new Map<string, ReturnType<typeof emptySums>>();
  const delta = (id: string) => deltas.get(id) ?? deltas.set(id, emptySums()).get(id)!;
  for (const q of out) addKeys(delta(q.screeningId), keysOf(q, fold), -1);
  for (const q of into) addKeys(delta(q.screeningId), keysOf(q, fold), 1);
  const keys: [string, SumPart][] = [];
  for (const [id, d] of deltas) for (const part of SUM_PARTS) if (Object.keys(d[part]).length) keys.push([id, part]);
  if (keys.length === 0) return Promise.resolve(null);
  return sums.getMany({ trans, keys }).then((rows: (QuestionSumRow | undefined)[]) => {
    const values = keys.map(([screeningId, part], i): QuestionSumRow => {
      const n = { ...(rows[i]?.n ?? {}) };
      for (const [k, by] of Object.entries(deltas.get(screeningId)![part])) {
        const next = (n[k] ?? 0) + by;
        if (next === 0) delete n[k];
        else n[k] = next;
      }
      return { screeningId, part, n };
    });
    return sums.mutate({ type: 'put', trans, values });
  });
}

function withSums(questions: DBCoreTable, down: DBCore): DBCoreTable {
  return keeping(questions, 'questionSums', summed);

  function summed(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    const write = (old: (Question | undefined)[]) =>
      questions.mutate(req).then((res) => {
        const { out, into } = outAndIn(req, old, res);
        if (out.length + into.length === 0) return res;
        return apply(down.table('questionSums'), req.trans, out, into).then(() => res);
      });
    return (before(questions, req) as Promise<(Question | undefined)[]> | null)?.then(write) ?? write([]);
  }
}

/**
 * Keeps `questionSums` (schema v8) in step with `questions`, in the same transaction as
 * every add, put and delete (clear too), whoever writes: the kiosk, the console, a sync
 * pull, a bundle import. A power cut keeps the question and its sums, or neither.
 */
export const sumsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'questionSums',
  create: (down) => ({
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes('questions') && !stores.includes('questionSums')
          ? [...stores, 'questionSums']
          : stores,
        mode,
        options,
      ),
    table: (name) => (name === 'questions' ? withSums(down.table(name), down) : down.table(name)),
  }),
};
