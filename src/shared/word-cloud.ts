import { STOP_WORDS } from './stop-words';
import { memoFold, wordForm, wordsOf } from './words';

/** One word of the cloud: as most people wrote it, and how many questions used it. */
export interface CloudWord {
  text: string;
  count: number;
}

/** Per word form, how many questions wrote it each way (lower case): what a cloud is made from. */
export type FormCounts = Map<string, Map<string, number>>;

/**
 * The words one question gives the cloud, each form once with the way it was first
 * written there (lower case): French and Wolof stop words and single letters out, forms
 * folded (case, accents, plural -s). The word filter is not applied here, so counts kept
 * as questions arrive stay right when the filter changes later (see cloudOfForms).
 */
export function questionForms(text: string, fold: (word: string) => string = memoFold()): [string, string][] {
  const out = new Map<string, string>();
  for (const w of wordsOf(text, fold)) {
    const form = wordForm(w.folded);
    if (w.folded.length < 2 || STOP_WORDS.has(w.folded) || out.has(form)) continue;
    out.set(form, w.text.toLowerCase());
  }
  return [...out.entries()];
}

/**
 * The cloud from counted forms: any form of a word in `hide` (the word filter) left out,
 * each shown as most people wrote it, most used first, at most `max`.
 */
export function cloudOfForms(forms: FormCounts, hide: readonly string[] = [], max = 60): CloudWord[] {
  const hidden = new Set(hide.flatMap((h) => wordsOf(h).map((w) => wordForm(w.folded))));
  const words: { form: string; count: number; text: string }[] = [];
  for (const [form, shown] of forms) {
    if (hidden.has(form)) continue;
    let count = 0;
    for (const n of shown.values()) count += n;
    if (count > 0) words.push({ form, count, text: mostUsed(shown) });
  }
  return words
    .sort((a, b) => b.count - a.count || a.form.localeCompare(b.form))
    .slice(0, max)
    .map(({ text, count }) => ({ text, count }));
}

/**
 * The words of an evening's questions for the word cloud: French and Wolof stop words
 * out, forms folded (case, accents, plural -s: "Papiers", "papier" and "PAPIER" are one
 * word, shown as most people wrote it, in lower case), each counted once a question, and
 * any word in `hide` (the word filter) left out. Most used first, at most `max`.
 */
export function cloudWords(texts: readonly string[], hide: readonly string[] = [], max = 60): CloudWord[] {
  const forms: FormCounts = new Map();
  // An evening's thousands of questions share a few hundred words: each is folded once.
  const fold = memoFold();
  for (const text of texts)
    for (const [form, shown] of questionForms(text, fold)) {
      const ways = forms.get(form) ?? new Map<string, number>();
      ways.set(shown, (ways.get(shown) ?? 0) + 1);
      forms.set(form, ways);
    }
  return cloudOfForms(forms, hide, max);
}

function mostUsed(shown: Map<string, number>): string {
  return [...shown.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
