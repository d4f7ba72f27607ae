import {
  KIND_OPTIONS,
  POLL_OPTION_MAX,
  POLL_OPTIONS_MAX,
  POLL_OPTIONS_MIN,
  POLL_QUESTION_MAX,
  PROMPT_MAX_SEC,
} from '@shared/records/constants';
import type { Poll, PollKind } from '@shared/records';
import { cleanText, textLength } from './entry-text';

/**
 * The rules for what a facilitator builds, shared by the console (which explains them)
 * and the repository (which enforces them). Pure: tested under Vitest.
 */
export type PollDraft = Pick<Poll, 'kind' | 'phase' | 'question' | 'language' | 'prompt' | 'pairedWith'> & {
  family?: Poll['family'];
  options: Poll['options'];
};

export type PollProblem =
  | 'question_empty'
  | 'question_long'
  | 'too_few_options'
  | 'too_many_options'
  | 'kind_options'
  | 'option_empty'
  | 'option_long'
  | 'pair_phase'
  | 'pair_shape';

export interface PollDraftIssue {
  problem: PollProblem;
  /** The option it is about (0-based), when it is about one. */
  option?: number;
}

/** The first thing wrong with a draft, or null when it can be saved. */
export function pollDraftIssue(
  d: PollDraft,
  pairedWith?: Pick<Poll, 'kind' | 'options' | 'phase'>,
): PollDraftIssue | null {
  const q = cleanText(d.question);
  if (q === '') return { problem: 'question_empty' };
  if (textLength(q) > POLL_QUESTION_MAX) return { problem: 'question_long' };
  if (d.options.length < POLL_OPTIONS_MIN) return { problem: 'too_few_options' };
  if (d.options.length > POLL_OPTIONS_MAX) return { problem: 'too_many_options' };
  const fixed = KIND_OPTIONS[d.kind];
  if (fixed !== null && d.options.length !== fixed) return { problem: 'kind_options' };
  for (const [i, o] of d.options.entries()) {
    const label = cleanText(o.label);
    if (label === '') return { problem: 'option_empty', option: i };
    if (textLength(label) > POLL_OPTION_MAX) return { problem: 'option_long', option: i };
  }
  if (pairedWith) {
    if (d.phase !== 'after' || pairedWith.phase !== 'before') return { problem: 'pair_phase' };
    if (pairedWith.kind !== d.kind || pairedWith.options.length !== d.options.length) return { problem: 'pair_shape' };
  }
  return null;
}

/** The options a new poll of this kind starts with (ids o1…o6, icons to change). */
export function starterOptions(kind: PollKind, labels: readonly string[]): Poll['options'] {
  const icons: Poll['options'][number]['icon'][] =
    kind === 'yes_no' ? ['yes', 'no'] : kind === 'scale' ? ['face_1', 'face_2', 'face_3', 'face_4', 'face_5'] : [];
  const n = KIND_OPTIONS[kind] ?? 2;
  return Array.from({ length: n }, (_, i) => ({ id: `o${i + 1}`, label: labels[i] ?? '', icon: icons[i] ?? 'unsure' }));
}

/** The next free option id of a poll being edited. */
export function nextOptionId(options: Poll['options']): string {
  let n = 1;
  while (options.some((o) => o.id === `o${n}`)) n += 1;
  return `o${n}`;
}

export type HandsProblem = 'not_whole' | 'over_attendance';

/**
 * Show-of-hands counts as typed (text fields): whole numbers from 0, and together not
 * more than the people counted in the room (when they were counted: 0 means not yet).
 */
export function parseHands(
  typed: Readonly<Record<string, string>>,
  attendance: number,
): { ok: true; counts: Record<string, number> } | { ok: false; problem: HandsProblem; optionId?: string } {
  const counts: Record<string, number> = {};
  for (const [id, raw] of Object.entries(typed)) {
    const s = raw.trim();
    if (s === '') {
      counts[id] = 0;
      continue;
    }
    if (!/^\d{1,7}$/.test(s)) return { ok: false, problem: 'not_whole', optionId: id };
    counts[id] = Number(s);
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (attendance > 0 && total > attendance) return { ok: false, problem: 'over_attendance' };
  return { ok: true, counts };
}

export type PromptProblem = 'silent' | 'too_long' | 'too_short';

/** Loudest sample (0–1) below which a recording is taken for silence: a muted or unplugged microphone. */
export const SILENCE_PEAK = 0.01;

/** What is wrong with a recorded prompt (its length and loudest sample), or null. */
export function promptProblem(durationSec: number, peak: number): PromptProblem | null {
  if (durationSec > PROMPT_MAX_SEC) return 'too_long';
  if (durationSec < 0.5) return 'too_short';
  return peak < SILENCE_PEAK ? 'silent' : null;
}
