import { isBuiltinTopic } from '@shared/records/constants';
import type { Topic } from '@shared/records';
import { foldText } from '@shared/text-fold';
import type { ScreeningFigures } from './types';

/** A topic counted across screenings: how many questions were tagged with it in the range. */
export interface TopicTotal {
  /** The same topic in every screening: a built-in one's id, a facilitator's folded label. */
  key: string;
  topic: Topic;
  count: number;
}

/**
 * Which topics of two screenings are "the same": built-in ones by id (their labels are
 * translated), a facilitator's own by its label with case and accents folded (its id is
 * made on each kiosk, so "Visa" typed in two towns is one topic).
 */
export const topicKey = (topic: Topic): string =>
  isBuiltinTopic(topic.id) ? topic.id : `label:${foldText(topic.label ?? topic.id)}`;

/** One screening's tagged topics (the report's own counts), by key; untagged topics left out. */
export function screeningTopicCounts(f: ScreeningFigures): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { topic, count } of f.questions.byTopic)
    if (count > 0) counts[topicKey(topic)] = (counts[topicKey(topic)] ?? 0) + count;
  return counts;
}

/**
 * The range's topics with their questions summed over the screenings, in the order
 * they first appear (oldest screening first), each named as it was first written.
 */
export function topicTotals(figures: readonly ScreeningFigures[]): TopicTotal[] {
  const totals = new Map<string, TopicTotal>();
  for (const f of figures)
    for (const { topic, count } of f.questions.byTopic) {
      if (count === 0) continue;
      const key = topicKey(topic);
      const total = totals.get(key) ?? { key, topic: { ...topic }, count: 0 };
      total.count += count;
      totals.set(key, total);
    }
  return [...totals.values()];
}
