import { matchesTerms, searchTerms } from '@shared/text-fold';
import { db } from '../db';
import { voteCounts } from './phone-entries';
import { statusCount } from './tallies';
import type { Question, QuestionStatus } from '../types';

export const QUEUE_ORDERS = ['oldest', 'newest', 'topic', 'votes'] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];

export interface QueueQuery {
  status: QuestionStatus;
  /** What the facilitator typed; folded (case, accents) and matched word by word, literally. */
  search: string;
  order: QueueOrder;
  /** Only questions tagged with this topic; null for all. */
  topic: string | null;
  /** The evening's topic ids in list order, for sorting by topic (untagged last). */
  topicIds: readonly string[];
  /** Where the page starts (0, the first, when not given) and how many rows it holds. */
  start?: number;
  limit: number;
}

export interface QueuePage {
  rows: Question[];
  /** How many questions of this status match, of which `rows` is the page from `start`. */
  total: number;
  start: number;
}

/**
 * One page of the queue. Without a search it reads the page from the `[screeningId+status]`
 * index (ids sort by time): the cursor skips to `start` inside IndexedDB and reads `limit`
 * rows, whatever the queue's length; the count is the screening's tally (one row). With
 * a search, a topic filter or a sort by topic or votes it reads that status's rows once
 * and filters or sorts in memory, which stays within a frame or two at a few thousand questions (measured in
 * `npm run bench`). Local reads only: works offline. `counted` gives the status's count
 * when the caller has read the tally already (the debate board: data/repos/debate-board.ts).
 */
export async function queuePage(
  screeningId: string,
  q: QueueQuery,
  counted: () => Promise<number> = () => statusCount(screeningId, q.status),
): Promise<QueuePage> {
  const start = q.start ?? 0;
  const c = () => db().questions.where('[screeningId+status]').equals([screeningId, q.status]);
  const terms = searchTerms(q.search);
  if (terms.length === 0 && q.topic === null && (q.order === 'oldest' || q.order === 'newest')) {
    const ordered = q.order === 'newest' ? c().reverse() : c();
    const [rows, total] = await Promise.all([ordered.offset(start).limit(q.limit).toArray(), counted()]);
    // Questions left the list under the page asked for: the last page instead.
    if (rows.length === 0 && start > 0 && total > 0)
      return queuePage(screeningId, { ...q, start: lastStart(total, q.limit) }, counted);
    return { rows, total, start };
  }
  const all = (await c().toArray()).filter(
    (row) => matchesTerms(row.text, terms) && (q.topic === null || (row.topics ?? []).includes(q.topic)),
  );
  if (q.order === 'newest') all.reverse();
  if (q.order === 'topic') {
    // Stable sort: by the first of its topics in list order, oldest first within a topic.
    const rank = (row: Question) =>
      Math.min(...(row.topics ?? []).map((t) => q.topicIds.indexOf(t)).filter((i) => i >= 0), Infinity);
    all.sort((a, b) => rank(a) - rank(b));
  }
  if (q.order === 'votes') {
    // Stable sort: most "me too" votes from phones first, oldest first among equals.
    const counts = await voteCounts(screeningId);
    all.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  }
  const from = start < all.length ? start : lastStart(all.length, q.limit);
  return { rows: all.slice(from, from + q.limit), total: all.length, start: from };
}

/** Where the last page of `total` rows starts (0 when there is none). */
function lastStart(total: number, limit: number): number {
  return Math.max(0, Math.ceil(total / limit) - 1) * limit;
}
