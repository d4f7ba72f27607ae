import type { Dexie } from 'dexie';

/**
 * Version 5: polls of a screening and their answers (issue 13). New tables only, nothing
 * existing is rewritten. The console finds a screening's polls and the one the stage
 * shows by `[screeningId+state]`; results count a poll's answers by `pollId`. (Version 4
 * belongs to the moderation branch; Dexie allows the gap.) Frozen.
 */
export function v5(db: Dexie): void {
  db.version(5).stores({
    polls: 'id, screeningId, [screeningId+state], updatedAt',
    pollAnswers: 'id, screeningId, pollId, [pollId+channel]',
  });
}
