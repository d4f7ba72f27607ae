import type { ApprovedQuestion } from '@shared/phone-entry';
import { PUBLISH_MAX } from '@shared/phone-entry';
import { db } from '../db';
import { voteCounts } from './phone-entries';
import { questionsByStatus } from './questions';

/**
 * What phones may see of a screening: the approved (and projected) questions' texts and
 * their "me too" counts, nothing else — no names, no audio, no pending questions.
 * Spoken questions without text are left out (a phone cannot play them). Read-only.
 */
export async function phoneVisibleQuestions(screeningId: string): Promise<ApprovedQuestion[]> {
  // One read-only transaction: three reads, one turn in IndexedDB.
  const [onStage, approved, counts] = await db().transaction('r', db().questions, db().votes, () =>
    Promise.all([
      questionsByStatus(screeningId, 'on_stage', 1),
      questionsByStatus(screeningId, 'approved', PUBLISH_MAX),
      voteCounts(screeningId),
    ]),
  );
  return [...onStage, ...approved]
    .filter((q) => q.text.trim() !== '')
    .slice(0, PUBLISH_MAX)
    .map((q) => ({ id: q.id, text: q.text, votes: counts.get(q.id) ?? 0 }));
}

/** "Me too" votes on one question (the console's queue row). */
export async function votesFor(questionId: string): Promise<number> {
  return db().votes.where('questionId').equals(questionId).count();
}

/**
 * Pledges that came from phones, and votes: re-read only when pledges or votes change.
 * Questions from phones come with the debate's counts (questionCounts, the tally): read
 * together, every question written re-counted every vote (index counts read every entry).
 */
export async function phonePledgesAndVotes(screeningId: string): Promise<{ pledges: number; votes: number }> {
  const [pledges, votes] = await Promise.all([
    db().pledges.where('[screeningId+source]').equals([screeningId, 'phone']).count(),
    db().votes.where('screeningId').equals(screeningId).count(),
  ]);
  return { pledges, votes };
}
