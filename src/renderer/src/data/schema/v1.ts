import type { Dexie } from 'dexie';

/**
 * Version 1. Frozen: never edit a released version, append a new file instead
 * (each with its own upgrade test in tests/unit/renderer/data).
 */
export function v1(db: Dexie): void {
  db.version(1).stores({
    screenings: 'id, date, phase, updatedAt',
    questions: 'id, screeningId, [screeningId+status], [screeningId+language], createdAt',
    pledges: 'id, screeningId, [screeningId+kind], createdAt',
    events: 'id, screeningId, [screeningId+type], at',
    blobs: 'hash',
    outbox: '++seq, table, recordId',
    settings: 'key',
    playback: 'screeningId',
  });
}
