import { sourceOf } from '@shared/records/constants';
import { memoFold } from '@shared/words';
import { questionForms } from '@shared/word-cloud';
import type { Question } from './types';

/**
 * What a screening's report needs from its questions, kept as they are written (table
 * `questionSums`, schema v8) so a report of 5,000 questions reads three small rows
 * instead of every question. Each part is a bag of keys with how many questions gave
 * each one; a question write adds its keys and takes the old ones away (data/sums.ts),
 * so the parts stay exact whoever writes and in any order.
 *
 * - `counts`: totals by status, language, source, topic; spoken; which questions reached
 *   the stage and which were merged into which (their ids: the report reads those few).
 * - `words`: the word cloud's forms, each with the way it was written; the word filter is
 *   applied when the report is read, so a filter changed later still applies.
 * - `times`: when each question was asked (ms), for the timeline.
 */
export const SUM_PARTS = ['counts', 'words', 'times'] as const;
export type SumPart = (typeof SUM_PARTS)[number];
export type Bag = Record<string, number>;
export type QuestionSums = Record<SumPart, Bag>;

/**
 * One stored shard of one part of a screening's sums (`part` is e.g. `words.7`). Each
 * key lives in one shard of its part: a question write reads and writes back a few
 * shards of a few dozen keys, not bags of thousands (5,000 questions asked at 5,000
 * different times), and a report reads them all.
 */
export interface QuestionSumRow {
  screeningId: string;
  part: string;
  n: Bag;
}

export const SHARDS = 16;
/** The counts keyed by a question's id: there are as many as questions, so they are spread. */
const BY_ID = ['projected', 'merged', 'into'];

/**
 * The stored part that holds `key` of `part`: the fixed counts (totals by status,
 * language, source, topic) all in `counts`, which every write touches; question ids,
 * words and times spread over `counts.3`, `words.7`, `times.12` by a hash.
 */
export function shardOf(part: SumPart, key: string): string {
  if (part === 'counts' && !BY_ID.some((name) => key.startsWith(`${name}${SEP}`))) return 'counts';
  let h = 2166136261; // FNV-1a: cheap, and spreads ids, words and times alike
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return `${part}.${(h >>> 0) % SHARDS}`;
}

/**
 * The row that says a screening's sums are built (`n` empty): a screening without it had
 * questions stored behind the app's back (a restore, a test's fixture), and is summed
 * from its questions once (`ensureSums`, and the middleware on its next write).
 */
export const BUILT = 'built';

/** A screening's sums put back together from its stored shards. */
export function sumsOfRows(rows: readonly QuestionSumRow[]): QuestionSums {
  const sums = emptySums();
  for (const r of rows) {
    const part = r.part.split('.')[0] as SumPart;
    if (part in sums) Object.assign(sums[part], r.n);
  }
  return sums;
}

/** Joins the pieces of a key: ids and words never hold this character. */
export const SEP = '\u0000';

/** When a question was asked: its first status time, else its creation. */
export const askedAt = (q: Pick<Question, 'statusAt' | 'createdAt'>): string => q.statusAt.pending ?? q.createdAt;

/** A question counts as projected once it reached the stage, whatever came after. */
export const wasProjected = (statusAt: Question['statusAt']): boolean =>
  statusAt.on_stage !== undefined || statusAt.answered !== undefined;

/** The keys one question adds to its screening's sums (each once). */
export function keysOf(q: Question, fold: (w: string) => string = memoFold()): Record<SumPart, string[]> {
  const counts = ['total', `status${SEP}${q.status}`, `lang${SEP}${q.language}`, `source${SEP}${sourceOf(q)}`];
  if (q.audioHash) counts.push('spoken');
  if (wasProjected(q.statusAt)) counts.push(`projected${SEP}${q.id}`);
  if (q.status === 'merged') counts.push(`merged${SEP}${q.id}`);
  if (q.mergedInto) counts.push(`into${SEP}${q.id}${SEP}${q.mergedInto}`);
  for (const topic of new Set(q.topics ?? [])) counts.push(`topic${SEP}${topic}`);
  // Dismissed questions stay out of the cloud (see cloudOf).
  const words = q.status === 'dismissed' ? [] : questionForms(q.text, fold).map(([f, shown]) => `${f}${SEP}${shown}`);
  const ms = Date.parse(askedAt(q));
  return { counts, words, times: Number.isFinite(ms) ? [String(ms)] : [] };
}

export const emptySums = (): QuestionSums => ({ counts: {}, words: {}, times: {} });

/** Adds (`by` 1) or takes away (−1) one question's keys; a key down to 0 is removed. */
export function addKeys(sums: QuestionSums, keys: Record<SumPart, string[]>, by: 1 | -1): void {
  for (const part of SUM_PARTS) {
    const bag = sums[part];
    for (const k of keys[part]) {
      const n = (bag[k] ?? 0) + by;
      if (n === 0) delete bag[k];
      else bag[k] = n;
    }
  }
}

/** The sums of questions already read (the v8 upgrade; tests compare the kept ones with it). */
export function sumsOf(questions: readonly Question[]): QuestionSums {
  const sums = emptySums();
  const fold = memoFold();
  for (const q of questions) addKeys(sums, keysOf(q, fold), 1);
  return sums;
}

/**
 * The stored rows of each screening's sums (its shards and its BUILT row), from all its
 * questions; `screeningIds` also get a BUILT row when they have no question.
 */
export function sumRowsOf(questions: readonly Question[], screeningIds: readonly string[] = []): QuestionSumRow[] {
  const by = new Map<string, Question[]>(screeningIds.map((id) => [id, []]));
  for (const q of questions) {
    const list = by.get(q.screeningId);
    if (list) list.push(q);
    else by.set(q.screeningId, [q]);
  }
  return [...by].flatMap(([screeningId, qs]) => {
    const sums = sumsOf(qs);
    const rows = new Map<string, QuestionSumRow>();
    for (const part of SUM_PARTS)
      for (const [k, n] of Object.entries(sums[part])) {
        const at = shardOf(part, k);
        const row = rows.get(at) ?? rows.set(at, { screeningId, part: at, n: {} }).get(at)!;
        row.n[k] = n;
      }
    return [...rows.values(), { screeningId, part: BUILT, n: {} }];
  });
}

/** The keys of a part that start with `name` (e.g. every projected question's id), with the rest split. */
export function keyed(bag: Bag, name: string): { rest: string[]; n: number }[] {
  const out: { rest: string[]; n: number }[] = [];
  const prefix = `${name}${SEP}`;
  for (const k in bag) if (k.startsWith(prefix)) out.push({ rest: k.slice(prefix.length).split(SEP), n: bag[k]! });
  return out;
}
