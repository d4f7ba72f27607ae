import { z } from 'zod';
import { contentLang, isoInstant, recordId, sha256Hex, synced, text } from './fields';

/**
 * Polls of an evening and the before/after survey: yes/no, one choice among 2–6, or a
 * 1–5 scale shown as faces. The question and each option may carry a short voice prompt
 * the facilitator recorded (a blob, like a spoken question), for people who read nothing.
 */
export const POLL_KINDS = ['yes_no', 'choice', 'scale'] as const;
export type PollKind = (typeof POLL_KINDS)[number];
/** When the poll is asked: before the film, after the debate, or at any time. */
export const POLL_PHASES = ['before', 'after', 'any'] as const;
export type PollPhase = (typeof POLL_PHASES)[number];
export const POLL_STATES = ['draft', 'open', 'closed'] as const;
export type PollState = (typeof POLL_STATES)[number];
/** The families of IOM's evaluations (the built-in set); absent for the facilitator's own polls. */
export const POLL_FAMILIES = ['risk_awareness', 'intention', 'trust_returnees', 'legal_pathways'] as const;
export type PollFamily = (typeof POLL_FAMILIES)[number];
/** Pictures an option can carry (drawn by the kiosk; the label beside it carries the meaning). */
export const POLL_ICONS = [
  'yes',
  'no',
  'face_1',
  'face_2',
  'face_3',
  'face_4',
  'face_5',
  'returnee',
  'family',
  'friends',
  'phone',
  'authority',
  'boat',
  'work',
  'school',
  'money',
  'papers',
  'unsure',
] as const;
export type PollIcon = (typeof POLL_ICONS)[number];

export const POLL_OPTIONS_MIN = 2;
export const POLL_OPTIONS_MAX = 6;
export const POLL_QUESTION_MAX = 300;
export const POLL_OPTION_MAX = 120;
/** A prompt is a sentence or two: a minute at most (the recorder stops itself there). */
export const PROMPT_MAX_SEC = 60;
/** Options a kind requires, when it fixes them. */
export const KIND_OPTIONS: Record<PollKind, number | null> = { yes_no: 2, choice: null, scale: 5 };

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

/**
 * How an answer came: one person at the kiosk or on a phone (count 1), or a show of
 * hands the facilitator typed in (one record per option, its count revised as typed).
 */
export const ANSWER_CHANNELS = ['kiosk', 'phone', 'hands'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

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

/** Every recording a poll refers to: its question's prompt and its options'. */
export const promptHashesOf = (p: Pick<Poll, 'prompt' | 'options'>): string[] =>
  [p.prompt, ...p.options.map((o) => o.prompt)].flatMap((x) => (x ? [x.hash] : []));
