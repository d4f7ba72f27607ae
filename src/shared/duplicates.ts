import { contentWords } from './words';

/**
 * Likely duplicates: questions with the same words once case, accents, plural -s and
 * French and Wolof stop words are folded away ("Comment avoir des papiers ?" and "comment
 * AVOIR les papiers"). Only a suggestion: the facilitator merges, never this code.
 */

/** The words a question is about, as one key (sorted, each once); '' when it has none. */
export function duplicateKey(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    // Numbers stay, even one digit: "Question 1" and "Question 2" are not the same question.
    const numbers = text.normalize('NFKC').match(NUMBER) ?? [];
    key = [...new Set([...contentWords(text), ...numbers])].sort().join(' ');
    // The queue's live suggestions re-read every waiting question on each write: fold each
    // text once. Bounded, so a four-hour debate cannot grow it without end.
    if (KEYS.size >= 20_000) KEYS.clear();
    KEYS.set(text, key);
  }
  return key;
}
const KEYS = new Map<string, string>();
const NUMBER = /\p{N}+/gu;

/**
 * Groups of two or more questions with the same key, each group in input order, groups
 * in the order of their first question. A question with no content word (a voice note
 * without text, "?") is never suggested.
 */
export function suggestDuplicates(items: readonly { id: string; text: string }[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const it of items) {
    const key = duplicateKey(it.text);
    if (key === '') continue;
    const g = groups.get(key);
    if (g) g.push(it.id);
    else groups.set(key, [it.id]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
