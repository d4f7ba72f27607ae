import type { Topic } from './topic';

/**
 * Topics of an evening's debate, without their schema (topic.ts), so a screen needs no
 * zod for them. The campaign's starting set is built in (its labels are translated, so a
 * report in French counts a Wolof evening's "papers" with a French one's); the facilitator
 * may add their own, with a label as typed.
 */
export const BUILTIN_TOPICS = [
  'journey_risks',
  'work_money',
  'papers_legal',
  'family_pressure',
  'returnees_lives',
] as const;
export type BuiltinTopic = (typeof BUILTIN_TOPICS)[number];
export const isBuiltinTopic = (id: string): id is BuiltinTopic => (BUILTIN_TOPICS as readonly string[]).includes(id);

export const TOPIC_LABEL_MAX = 60;
/** A short list: more than this is no longer something to choose from in a live debate. */
export const TOPICS_MAX = 30;

/** The starting set, for a screening whose list was never changed (and older records). */
export const STARTING_TOPICS: readonly Topic[] = BUILTIN_TOPICS.map((id) => ({ id }));
export const topicsOf = (s: { topics?: Topic[] }): readonly Topic[] => s.topics ?? STARTING_TOPICS;

/** A topic's name: built-in ones through `t` (keys `common:topics.*`), the facilitator's as typed. */
export const topicLabel = (t: (key: string) => string, topic: Topic): string =>
  topic.label ?? (isBuiltinTopic(topic.id) ? t(`common:topics.${topic.id}`) : topic.id);
