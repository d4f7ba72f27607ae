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

/** One stored part of one screening's sums. */
export interface QuestionSumRow {
  screeningId: string;
  part: SumPart;
  n: Bag;
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

/** The stored rows of every screening's sums, from all its questions. */
export function sumRowsOf(questions: readonly Question[]): QuestionSumRow[] {
  const by = new Map<string, Question[]>();
  for (const q of questions) {
    const list = by.get(q.screeningId);
    if (list) list.push(q);
    else by.set(q.screeningId, [q]);
  }
  return [...by].flatMap(([screeningId, qs]) => {
    const sums = sumsOf(qs);
    return SUM_PARTS.map((part) => ({ screeningId, part, n: sums[part] }));
  });
}

/** The keys of a part that start with `name` (e.g. every projected question's id), with the rest split. */
export function keyed(bag: Bag, name: string): { rest: string[]; n: number }[] {
  const out: { rest: string[]; n: number }[] = [];
  const prefix = `${name}${SEP}`;
  for (const k in bag) if (k.startsWith(prefix)) out.push({ rest: k.slice(prefix.length).split(SEP), n: bag[k]! });
  return out;
}
