import { foldText } from './text-fold';
import { STOP_WORDS } from './stop-words';

/** A word as written, where it starts in the text, and its folded form. */
export interface Word {
  text: string;
  start: number;
  folded: string;
}

// Letters and digits; an apostrophe or a hyphen splits (l'argent → l, argent).
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Every word of a text with its position, folded for matching (case, accents). `fold`
 * may be a memo of foldText (a caller folding thousands of texts sees the same words again).
 */
export function wordsOf(text: string, fold: (word: string) => string = foldText): Word[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    folded: fold(m[0]),
  }));
}

/** foldText remembered per word: the same word is folded once (two normalisations each). */
export function memoFold(): (word: string) => string {
  const seen = new Map<string, string>();
  return (word) => {
    let folded = seen.get(word);
    if (folded === undefined) seen.set(word, (folded = foldText(word)));
    return folded;
  };
}

/**
 * A word's form for counting "the same word": folded, and a French plural -s or -x
 * taken off long words (papiers → papier, travaux stays travau for both forms). Crude on
 * purpose: it only has to give both forms of a word the same key.
 */
export function wordForm(folded: string): string {
  return folded.length > 4 && /[sx]$/.test(folded) ? folded.slice(0, -1) : folded;
}

/** The words that carry meaning: folded, stop words (French and Wolof) and single letters out. */
export function contentWords(text: string): string[] {
  // Folded once as a whole (not word by word): the same words, at a fraction of the cost.
  return (foldText(text).match(WORD) ?? []).filter((w) => w.length > 1 && !STOP_WORDS.has(w)).map(wordForm);
}
