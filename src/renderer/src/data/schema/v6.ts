import type { Dexie } from 'dexie';

/**
 * Version 6 (phones, issue 12): "me too" votes from attendees' phones, one per phone per
 * question (a unique `[questionId+voter]` index: a vote applied twice is refused by the
 * database itself), counted per screening and per question. Pledges get a
 * `[screeningId+source]` index to count those made on phones. Frozen.
 */
export function v6(db: Dexie): void {
  db.version(6).stores({
    votes: 'id, screeningId, questionId, &[questionId+voter]',
    pledges: 'id, screeningId, [screeningId+kind], [screeningId+source], createdAt',
  });
}
