/**
 * Text folded for matching what people type against what was asked: accents and case
 * do not count (é, è, ë → e; Ñ → n; "à" → a), so a facilitator finds "ñaata" by typing
 * "naata". Letters with no decomposition stay themselves: Wolof ŋ (U+014B) is not "n"
 * or "ng", and only matches ŋ or Ŋ. Shared by search, duplicate suggestions and the
 * word cloud, so the three agree on what "the same word" is.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .normalize('NFC');
}

/** The search's words, folded; blank input means no search. */
export function searchTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/**
 * Whether a text holds every term (in any order). Plain substring tests, never a regex
 * built from input: `(`, `*`, `<b>` or `.*` are searched for as the characters they are.
 */
export function matchesTerms(text: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const folded = foldText(text);
  return terms.every((t) => folded.includes(t));
}
