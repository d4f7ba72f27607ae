import { useState } from 'react';
import { topicsOf } from '@shared/records/constants';
import { debateBoard } from '../../data/repos/debate-board';
import type { QuestionStatus, Screening } from '../../data/types';
import { useLive } from '../../data/use-live';
import type { QueueView } from './QueueTools';

/** Rows drawn at once: about three screens of a 1366×768 laptop, whatever the queue's length. */
export const QUEUE_PAGE = 20;

/** Which part of the queue the facilitator looks at: the tab, the page, the search, filter and order. */
export function useQueueState() {
  const [tab, setTab] = useState<QuestionStatus>('pending');
  const [start, setStart] = useState(0);
  const [view, setView] = useState<QueueView>({ search: '', order: 'oldest', topic: null });
  return { tab, setTab, start, setStart, view, setView };
}

export type QueueState = ReturnType<typeof useQueueState>;

/**
 * The console's debate board, live: the queue's page (as `queue` says), the counts and
 * the question on stage, from one query (see debateBoard), so a write re-reads and
 * re-renders the board once. Null until first read, or without a screening; while a new
 * page is read the last one stays.
 */
export function useDebateBoard(screening: Screening | undefined, queue: QueueState) {
  const { tab, view, start } = queue;
  const topicIds = screening ? topicsOf(screening).map((x) => x.id) : [];
  return useLive(
    () => (screening ? debateBoard(screening.id, { status: tab, ...view, topicIds, start, limit: QUEUE_PAGE }) : null),
    [screening?.id, tab, view, topicIds.join(' '), start],
    null,
  );
}
