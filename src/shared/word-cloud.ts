import { STOP_WORDS } from './stop-words';
import { memoFold, wordForm, wordsOf } from './words';

/** One word of the cloud: as most people wrote it, and how many questions used it. */
export interface CloudWord {
  text: string;
  count: number;
}

/**
 * The words of an evening's questions for the word cloud: French and Wolof stop words
 * out, forms folded (case, accents, plural -s: "Papiers", "papier" and "PAPIER" are one
 * word, shown as most people wrote it, in lower case), each counted once a question, and
 * any word in `hide` (the word filter) left out. Most used first, at most `max`.
 */
export function cloudWords(texts: readonly string[], hide: readonly string[] = [], max = 60): CloudWord[] {
  const hidden = new Set(hide.flatMap((h) => wordsOf(h).map((w) => wordForm(w.folded))));
  const counts = new Map<string, { count: number; shown: Map<string, number> }>();
  // An evening's thousands of questions share a few hundred words: each is folded once.
  const fold = memoFold();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const w of wordsOf(text, fold)) {
      const form = wordForm(w.folded);
      if (w.folded.length < 2 || STOP_WORDS.has(w.folded) || hidden.has(form) || seen.has(form)) continue;
      seen.add(form);
      const entry = counts.get(form) ?? { count: 0, shown: new Map<string, number>() };
      entry.count += 1;
      const shown = w.text.toLowerCase();
      entry.shown.set(shown, (entry.shown.get(shown) ?? 0) + 1);
      counts.set(form, entry);
    }
  }
  return [...counts.entries()]
    .map(([form, e]) => ({ form, count: e.count, text: mostUsed(e.shown) }))
    .sort((a, b) => b.count - a.count || a.form.localeCompare(b.form))
    .slice(0, max)
    .map(({ text, count }) => ({ text, count }));
}

function mostUsed(shown: Map<string, number>): string {
  return [...shown.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
