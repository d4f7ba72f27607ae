import { z } from 'zod';
import { contentLang, filmSeconds, isoInstant, name, recordId, text } from './fields';
import { questionStatus } from './question';
import { phase } from './screening';
import { topicSchema, TOPICS_MAX } from './topic';
import { MERGE_MAX, REASON_MAX } from './merge';
import { MODERATION_MOVES, PHASE_REASONS } from './event-consts';

/**
 * The audit trail: append-only events, one schema per `type`, so the repos that write
 * them and the reports that read them agree through the compiler, not string literals.
 */

export * from './event-consts';

const phaseData = z.strictObject({
  from: phase.nullable(),
  to: phase,
  reason: z.enum(PHASE_REASONS).optional(),
});

/** Film playback: where the film was (seconds) and, once known, how long it is. */
const position = { positionSec: filmSeconds, durationSec: filmSeconds.optional() };
const playData = z.strictObject({ ...position, filmId: text(64).optional() });
const pauseData = z.strictObject(position);
const seekData = z.strictObject({ fromSec: filmSeconds, toSec: filmSeconds, positionSec: filmSeconds });

const moderationData = z.discriminatedUnion('action', [
  z.strictObject({
    questionId: recordId,
    action: z.enum(MODERATION_MOVES),
    from: questionStatus,
    to: questionStatus,
    /** The question on stage before a new one was projected: marked answered by itself. */
    auto: z.literal(true).optional(),
    reason: text(1000).optional(),
  }),
  z.strictObject({ questionId: recordId, action: z.literal('assign'), panelist: name.nullable() }),
  z.strictObject({ questionId: recordId, action: z.literal('language'), from: contentLang, to: contentLang }),
  /** The facilitator logged a question asked aloud from the floor. */
  z.strictObject({ questionId: recordId, action: z.literal('floor'), language: contentLang }),
  /** The question's topics after the facilitator tagged or untagged one. */
  z.strictObject({ questionId: recordId, action: z.literal('tag'), topics: z.array(recordId).max(TOPICS_MAX) }),
  /** Questions merged into `questionId` (merge), or taken out of it again (unmerge). */
  z.strictObject({
    questionId: recordId,
    action: z.enum(['merge', 'unmerge']),
    questions: z
      .array(z.strictObject({ id: recordId, from: questionStatus }))
      .min(1)
      .max(MERGE_MAX),
    by: name.optional(),
    reason: text(REASON_MAX).optional(),
  }),
]);

/** The facilitator changed the evening's list of topics. */
const topicsData = z.strictObject({ action: z.enum(['add', 'remove']), topic: topicSchema });

const head = { id: recordId, screeningId: recordId, at: isoInstant };
const of = <T extends string, D extends z.ZodType>(type: T, data: D) =>
  z.strictObject({ ...head, type: z.literal(type), data });

export const eventSchema = z.discriminatedUnion('type', [
  of('phase', phaseData),
  of('play', playData),
  of('pause', pauseData),
  of('seek', seekData),
  of('ended', pauseData),
  of('moderation', moderationData),
  of('topics', topicsData),
]);
export type KioskEvent = z.infer<typeof eventSchema>;
export type EventType = KioskEvent['type'];
/** The detail an event of one type carries. */
export type EventData<T extends EventType> = Extract<KioskEvent, { type: T }>['data'];
export type EventOf<T extends EventType> = Extract<KioskEvent, { type: T }>;
