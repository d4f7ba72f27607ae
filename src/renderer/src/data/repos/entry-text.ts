/**
 * The rules for what an attendee types, shared by the kiosk (which explains them) and
 * the repositories (which enforce them). Text is stored NFC-normalised, so `e` + U+0308
 * and `ë` are the same question; it is never cut: an entry over the limit is refused
 * and stays on screen for the attendee to shorten.
 */
export const QUESTION_MAX_CHARS = 500;
export const PLEDGE_MAX_CHARS = 1000;
export const NAME_MAX_CHARS = 60;

export type TextProblem = 'empty' | 'too_long';

/** NFC, outer whitespace trimmed. Inner line breaks and spacing are the attendee's. */
export function cleanText(raw: string): string {
  return raw.normalize('NFC').trim();
}

/** Length as a reader counts it: one per user-perceived character (ŋ, ë, an emoji). */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) n += 1;
  return n;
}

/** What is wrong with an entry, or null when it can be saved. */
export function textProblem(raw: string, max: number, required = true): TextProblem | null {
  const text = cleanText(raw);
  if (required && text === '') return 'empty';
  return textLength(text) > max ? 'too_long' : null;
}

/** Thrown by a repository given an entry the kiosk should have refused. */
export class EntryRejected extends Error {
  constructor(readonly problem: TextProblem | 'bad_phone' | 'no_consent') {
    super(`entry rejected: ${problem}`);
    this.name = 'EntryRejected';
  }
}

/** The cleaned text, or throws EntryRejected. */
export function acceptText(raw: string, max: number, required = true): string {
  const problem = textProblem(raw, max, required);
  if (problem) throw new EntryRejected(problem);
  return cleanText(raw);
}

/** Optional first name: cleaned, empty becomes absent. */
export function optionalName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const name = acceptText(raw, NAME_MAX_CHARS, false);
  return name === '' ? undefined : name;
}

/**
 * Digits with an optional leading +, between 6 and 15 of them; spaces, dots and dashes
 * ignored. Here (pure) so the phone server checks a number the way the kiosk does.
 */
export function cleanPhone(raw: string): string | null {
  const compact = raw.normalize('NFKC').replace(/[\s.\-()]/g, '');
  return /^\+?\d{6,15}$/.test(compact) ? compact : null;
}
