import type { ScreeningFigures } from '../../../src/renderer/src/features/reports/model/types';
import { BUILTIN_TOPICS, isBuiltinTopic, type BuiltinTopic } from '../../../src/shared/records';
import { foldText } from '../../../src/shared/text-fold';

export interface TopicCount {
  /** A campaign topic (translated by the dashboard), or a facilitator's own, as typed. */
  builtin: BuiltinTopic | null;
  label: string;
  count: number;
}

/** Facilitators' own topics shown at most: a long tail of one-off labels says nothing at a glance. */
const OWN_SHOWN = 10;

/**
 * Questions by topic across screenings, from each screening's own figures: the campaign's
 * topics in their list order, then facilitators' own topics with a question, most asked
 * first; the same own label typed in two towns (case and accents aside) counts as one.
 */
export function topicCounts(figures: readonly ScreeningFigures[]): TopicCount[] {
  const builtin = new Map<BuiltinTopic, number>(BUILTIN_TOPICS.map((id) => [id, 0]));
  const own = new Map<string, TopicCount>();
  for (const f of figures) {
    for (const { topic, count } of f.questions.byTopic) {
      if (!topic.label && isBuiltinTopic(topic.id)) builtin.set(topic.id, builtin.get(topic.id)! + count);
      else if (count > 0) {
        const key = foldText(topic.label ?? topic.id).trim();
        const had = own.get(key) ?? { builtin: null, label: topic.label ?? topic.id, count: 0 };
        own.set(key, { ...had, count: had.count + count });
      }
    }
  }
  return [
    ...[...builtin].map(([id, count]) => ({ builtin: id, label: id, count })),
    ...[...own.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, OWN_SHOWN),
  ];
}
