import type { Dexie } from 'dexie';
import { sumRowsOf } from '../question-sums';
import type { Question } from '../types';

/**
 * Version 8 (issue 16, reports): `questionSums`, per screening a few small rows with what
 * its report needs from the questions (counts, the word cloud's words, the times asked:
 * data/question-sums.ts), kept in the same transaction as each question write
 * (data/sums.ts). A report of 5,000 questions read every row and took over a second;
 * it now reads these. The upgrade builds them from the questions already stored. Local,
 * derived, never synced. Frozen.
 */
export function v8(db: Dexie): void {
  db.version(8)
    .stores({ questionSums: '[screeningId+part], screeningId' })
    .upgrade(async (tx) => {
      const screenings = (await tx.table('screenings').toCollection().primaryKeys()) as string[];
      const rows = sumRowsOf((await tx.table('questions').toArray()) as Question[], screenings);
      await tx.table('questionSums').clear();
      await tx.table('questionSums').bulkPut(rows);
    });
}
