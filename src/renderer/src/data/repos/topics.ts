import { TOPIC_LABEL_MAX, TOPICS_MAX, topicsOf } from '@shared/records/constants';
import type { Topic } from '@shared/records';
import { foldText } from '@shared/text-fold';
import { db } from '../db';
import { newId } from '../ids';
import type { Question } from '../types';
import { appendEvent, syncedWriteTables, updateSynced } from '../write';
import { cleanText, textProblem, type TextProblem } from './entry-text';

export type TopicProblem = TextProblem | 'list_full';

/** A topic the list cannot take, with the reason to show in the facilitator's language. */
export class TopicRejected extends Error {
  constructor(readonly problem: TopicProblem) {
    super(`topic rejected: ${problem}`);
    this.name = 'TopicRejected';
  }
}

/**
 * The evening's topics (on the screening record) and the questions tagged with them.
 * Every change is synced through the outbox and audited (`topics` events, `tag`
 * moderation events), in one transaction; works offline.
 */

/**
 * Adds a topic of the facilitator's own. Rejects with TopicRejected: `empty`,
 * `too_long` (over 60 characters), `list_full` (the list holds 30). A label that folds
 * to one already there (case, accents) adds nothing and returns the existing topic.
 */
export async function addTopic(
  screeningId: string,
  rawLabel: string,
  builtinLabel: (t: Topic) => string,
): Promise<Topic> {
  const problem = textProblem(rawLabel, TOPIC_LABEL_MAX);
  if (problem) throw new TopicRejected(problem);
  const label = cleanText(rawLabel);
  return db().transaction('rw', syncedWriteTables('screenings'), async () => {
    const s = await db().screenings.get(screeningId);
    if (!s) throw new Error(`screening ${screeningId} not found`);
    const list = topicsOf(s);
    const same = list.find((t) => foldText(t.label ?? builtinLabel(t)) === foldText(label));
    if (same) return same;
    if (list.length >= TOPICS_MAX) throw new TopicRejected('list_full');
    const topic = { id: newId(), label };
    await updateSynced('screenings', screeningId, (cur) => ({ ...cur, topics: [...topicsOf(cur), topic] }));
    await appendEvent(screeningId, 'topics', { action: 'add', topic });
    return topic;
  });
}

/** Takes a topic off the evening's list; questions keep their tag (the report still counts it). */
export async function removeTopic(screeningId: string, topicId: string): Promise<void> {
  await db().transaction('rw', syncedWriteTables('screenings'), async () => {
    const s = await db().screenings.get(screeningId);
    const topic = s && topicsOf(s).find((t) => t.id === topicId);
    if (!topic) return;
    await updateSynced('screenings', screeningId, (cur) => ({
      ...cur,
      topics: topicsOf(cur).filter((t) => t.id !== topicId),
    }));
    await appendEvent(screeningId, 'topics', { action: 'remove', topic });
  });
}

/** Tags a question with a topic, or takes the tag off if it had it (click or key); audited. */
export async function toggleTopic(questionId: string, topicId: string): Promise<Question> {
  return db().transaction('rw', syncedWriteTables('questions'), async () => {
    const q = await db().questions.get(questionId);
    if (!q) throw new Error(`question ${questionId} not found`);
    const had = q.topics ?? [];
    const topics = had.includes(topicId) ? had.filter((t) => t !== topicId) : [...had, topicId];
    const next = await updateSynced('questions', questionId, (cur) => {
      const { topics: _old, ...rest } = cur;
      return topics.length ? { ...rest, topics } : rest;
    });
    await appendEvent(q.screeningId, 'moderation', { questionId, action: 'tag', topics });
    return next;
  });
}
