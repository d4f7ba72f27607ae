import type { Dexie } from 'dexie';

/**
 * Version 3: questions get a `[screeningId+source]` index, so the console counts
 * questions from the floor without reading rows. Older records have no `source` (they
 * came from the kiosk) and stay out of that index; nothing is rewritten. Frozen.
 */
export function v3(db: Dexie): void {
  db.version(3).stores({
    questions: 'id, screeningId, [screeningId+status], [screeningId+language], [screeningId+source], createdAt',
  });
}
