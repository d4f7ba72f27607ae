import { foldText } from './text-fold';
import { wordsOf } from './words';

/**
 * The word filter: insults and slurs that hold a question back from the stage until the
 * facilitator confirms. Never a reason to drop a question: it arrives flagged, with the
 * words highlighted. The starting list is short and plain; the facilitator edits it in
 * Settings. The Wolof entries are a starting point that needs a native speaker's review.
 */
export const STARTING_FILTER: readonly string[] = [
  // French
  'connard',
  'connasse',
  'salaud',
  'salope',
  'pute',
  'putain',
  'enculé',
  'enfoiré',
  'bâtard',
  'nique',
  'niquer',
  'fdp',
  'fils de pute',
  'pédé',
  'nègre',
  'bougnoule',
  // Wolof (needs native review)
  'doomu araam',
  'kaccoor',
  'saay-saay',
  'dof',
];

/** Most entries a list keeps, and the longest entry: a list, not a dictionary. */
export const FILTER_MAX_ENTRIES = 500;
export const FILTER_ENTRY_MAX = 60;

/** Where a flagged word or phrase sits in the text, [start, end) in UTF-16 units. */
export interface FlagSpan {
  start: number;
  end: number;
}

// Each list's entries as the folded words they match, made once per list (the queue asks per row).
const compiled = new WeakMap<readonly string[], string[][]>();
function entriesOf(list: readonly string[]): string[][] {
  let e = compiled.get(list);
  if (!e) {
    e = list.map((entry) => wordsOf(entry).map((w) => w.folded)).filter((words) => words.length > 0);
    compiled.set(list, e);
  }
  return e;
}

/**
 * The spans of a text that match an entry of the list, whole words only (folded: case
 * and accents do not count, so "Connard" and "CONNARD" match; "condition" does not match
 * "con"). A phrase matches its words in a row, whatever is between them (space, hyphen).
 */
export function flaggedSpans(text: string, list: readonly string[]): FlagSpan[] {
  const entries = entriesOf(list);
  if (entries.length === 0) return [];
  const words = wordsOf(text);
  const spans: FlagSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const e of entries) {
      if (e.every((w, k) => words[i + k]?.folded === w)) {
        const last = words[i + e.length - 1]!;
        spans.push({ start: words[i]!.start, end: last.start + last.text.length });
      }
    }
  }
  return mergeSpans(spans);
}

function mergeSpans(spans: FlagSpan[]): FlagSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: FlagSpan[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The list as the facilitator typed it (one entry a line): trimmed, blank and repeated lines out. */
export function parseFilterList(typed: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of typed.split(/\r?\n/)) {
    const entry = line.normalize('NFC').trim();
    const key = foldText(entry);
    if (entry === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out;
}
