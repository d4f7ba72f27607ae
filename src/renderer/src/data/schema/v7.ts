import type { Dexie } from 'dexie';

/**
 * Version 7 (issue 16, the debate's hot paths): `tallies`, one row per screening with its
 * questions counted by status, language and source. Counting an index range in Chromium
 * reads every entry (seconds at 10,000 questions, on every write), so the counts are kept
 * up to date in the same transaction as each question write (data/tallies.ts). A new
 * table only: no row is rewritten, and a screening without its row yet is counted from
 * the indexes until the console builds it. Local, derived, never synced. Frozen.
 */
export function v7(db: Dexie): void {
  db.version(7).stores({ tallies: 'screeningId' });
}
