import type { Dexie } from 'dexie';

/**
 * Version 4: questions get a `mergedInto` index, so a merged question finds the
 * duplicates it keeps (to count "asked N times" and to undo the merge) without reading
 * the queue. Older records have no `mergedInto` and stay out of it; nothing is rewritten. Frozen.
 */
export function v4(db: Dexie): void {
  db.version(4).stores({
    questions:
      'id, screeningId, [screeningId+status], [screeningId+language], [screeningId+source], createdAt, mergedInto',
  });
}
