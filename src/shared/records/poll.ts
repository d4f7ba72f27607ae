import { z } from 'zod';
import { contentLang, isoInstant, recordId, sha256Hex, synced, text } from './fields';
import {
  ANSWER_CHANNELS,
  KIND_OPTIONS,
  POLL_FAMILIES,
  POLL_ICONS,
  POLL_KINDS,
  POLL_OPTION_MAX,
  POLL_OPTIONS_MAX,
  POLL_OPTIONS_MIN,
  POLL_PHASES,
  POLL_QUESTION_MAX,
  POLL_STATES,
  PROMPT_MAX_SEC,
} from './poll-consts';

export * from './poll-consts';

export const promptSchema = z.strictObject({ hash: sha256Hex, durationSec: z.number().min(0).max(PROMPT_MAX_SEC) });
export type Prompt = z.infer<typeof promptSchema>;

export const pollOptionSchema = z.strictObject({
  id: recordId,
  label: text(POLL_OPTION_MAX),
  icon: z.enum(POLL_ICONS),
  prompt: promptSchema.optional(),
});
export type PollOption = z.infer<typeof pollOptionSchema>;

export const pollSchema = z
  .strictObject({
    ...synced,
    screeningId: recordId,
    kind: z.enum(POLL_KINDS),
    phase: z.enum(POLL_PHASES),
    family: z.enum(POLL_FAMILIES).optional(),
    /** The language the question is worded in (the evening's). */
    language: contentLang,
    question: text(POLL_QUESTION_MAX).pipe(z.string().min(1)),
    prompt: promptSchema.optional(),
    options: z.array(pollOptionSchema).min(POLL_OPTIONS_MIN).max(POLL_OPTIONS_MAX),
    /** On an "after" poll: the "before" poll it is compared with in the report. */
    pairedWith: recordId.optional(),
    state: z.enum(POLL_STATES),
    /** The results are shown on the stage (hidden until the facilitator reveals them). */
    revealed: z.boolean(),
    /** The poll the stage shows (one at most per screening; the console keeps that true). */
    onStage: z.boolean(),
    openedAt: isoInstant.optional(),
    closedAt: isoInstant.optional(),
  })
  .refine((p) => KIND_OPTIONS[p.kind] === null || p.options.length === KIND_OPTIONS[p.kind], {
    message: 'yes/no has 2 options and a scale 5',
    path: ['options'],
  })
  .refine((p) => new Set(p.options.map((o) => o.id)).size === p.options.length, {
    message: 'option ids repeat',
    path: ['options'],
  });
export type Poll = z.infer<typeof pollSchema>;

export const pollAnswerSchema = z
  .strictObject({
    ...synced,
    screeningId: recordId,
    pollId: recordId,
    optionId: recordId,
    channel: z.enum(ANSWER_CHANNELS),
    count: z.number().int().min(0).max(1_000_000),
  })
  .refine((a) => a.channel === 'hands' || a.count === 1, {
    message: 'a kiosk or phone answer is one person',
    path: ['count'],
  });
export type PollAnswer = z.infer<typeof pollAnswerSchema>;
