import type { Poll } from './poll';

/**
 * Polls of an evening and the before/after survey: yes/no, one choice among 2–6, or a
 * 1–5 scale shown as faces. The question and each option may carry a short voice prompt
 * the facilitator recorded (a blob, like a spoken question), for people who read nothing.
 * Their lists and limits are here, without the schemas (poll.ts), so a screen needs no zod for them.
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

/**
 * How an answer came: one person at the kiosk or on a phone (count 1), or a show of
 * hands the facilitator typed in (one record per option, its count revised as typed).
 */
export const ANSWER_CHANNELS = ['kiosk', 'phone', 'hands'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

/** Every recording a poll refers to: its question's prompt and its options'. */
export const promptHashesOf = (p: Pick<Poll, 'prompt' | 'options'>): string[] =>
  [p.prompt, ...p.options.map((o) => o.prompt)].flatMap((x) => (x ? [x.hash] : []));
