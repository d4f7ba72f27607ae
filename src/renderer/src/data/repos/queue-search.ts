import { matchesTerms, searchTerms } from '@shared/text-fold';
import { db } from '../db';
import type { Question, QuestionStatus } from '../types';

export const QUEUE_ORDERS = ['oldest', 'newest'] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];

export interface QueueQuery {
  status: QuestionStatus;
  /** What the facilitator typed; folded (case, accents) and matched word by word, literally. */
  search: string;
  order: QueueOrder;
  limit: number;
}

export interface QueuePage {
  rows: Question[];
  /** How many questions of this status match, of which `rows` is the first page. */
  total: number;
}

/**
 * One page of the queue. Without a search it reads the page and the count from the
 * `[screeningId+status]` index (ids sort by time); with one it reads that status's rows
 * once and filters in memory, which stays within a frame or two at a few thousand
 * questions (measured in `npm run bench`). Local reads only: works offline.
 */
export async function queuePage(screeningId: string, q: QueueQuery): Promise<QueuePage> {
  const c = () => db().questions.where('[screeningId+status]').equals([screeningId, q.status]);
  const terms = searchTerms(q.search);
  if (terms.length === 0) {
    const ordered = q.order === 'newest' ? c().reverse() : c();
    const [rows, total] = await Promise.all([ordered.limit(q.limit).toArray(), c().count()]);
    return { rows, total };
  }
  const all = (await c().toArray()).filter((row) => matchesTerms(row.text, terms));
  if (q.order === 'newest') all.reverse();
  return { rows: all.slice(0, q.limit), total: all.length };
}
