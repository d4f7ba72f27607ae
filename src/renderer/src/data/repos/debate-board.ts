import { db } from '../db';
import type { Question } from '../types';
import { countsOf, onStageQuestion, type QuestionCounts } from './questions';
import { queuePage, type QueuePage, type QueueQuery } from './queue-search';
import { questionTally } from './tallies';

/** What the console's debate shows of the questions: the queue's page, the counts, the one on stage. */
export interface DebateBoard {
  page: QueuePage;
  counts: QuestionCounts;
  onStage: Question | undefined;
}

/**
 * The debate board in one read-only transaction, for one live query: the console re-read
 * the page, the counts and the question on stage in three queries (three transactions,
 * each waiting its turn in IndexedDB, three renders) after every write; the tally row is
 * read once for the counts and the page's total. Local reads only: works offline.
 */
export function debateBoard(screeningId: string, q: QueueQuery): Promise<DebateBoard> {
  const { questions, tallies, votes } = db();
  return db().transaction('r', questions, tallies, votes, async () => {
    const tally = questionTally(screeningId);
    const [page, counted, onStage] = await Promise.all([
      queuePage(screeningId, q, () => tally.then((t) => t.byStatus[q.status])),
      tally,
      onStageQuestion(screeningId),
    ]);
    return { page, counts: countsOf(counted), onStage };
  });
}
