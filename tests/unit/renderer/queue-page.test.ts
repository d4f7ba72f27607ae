import { beforeEach, describe, expect, it } from 'vitest';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { DUPLICATES_WINDOW, likelyDuplicates } from '../../../src/renderer/src/data/repos/merges';
import { queuePage, type QueueQuery } from '../../../src/renderer/src/data/repos/queue-search';
import type { Question } from '../../../src/renderer/src/data/types';

beforeEach(() => setDbForTests(new KioskDB(`queue-page-${newId()}`)));

/** `n` pending questions in time order (ids sort by time), as the kiosk stores them. */
function stored(n: number, text: (i: number) => string): Question[] {
  const at = '2026-12-01T20:00:00.000Z';
  return Array.from({ length: n }, (_, i) => ({
    id: `01JQ${String(i).padStart(22, '0')}`,
    rev: 1,
    createdAt: at,
    updatedAt: at,
    screeningId: 's1',
    text: text(i),
    language: 'fr',
    status: 'pending',
    statusAt: { pending: at },
  }));
}
const q: QueueQuery = { status: 'pending', search: '', order: 'oldest', topic: null, topicIds: [], limit: 20 };

describe('the queue, one page at a time', () => {
  it('reads the page asked for, in either order, with the whole count', async () => {
    await db().questions.bulkAdd(stored(45, (i) => `Question numéro ${i + 1}`));
    const third = await queuePage('s1', { ...q, start: 40 });
    expect(third.total).toBe(45);
    expect(third.rows.map((r) => r.text)).toEqual([41, 42, 43, 44, 45].map((i) => `Question numéro ${i}`));
    const second = await queuePage('s1', { ...q, order: 'newest', start: 20 });
    expect(second.rows[0]!.text).toBe('Question numéro 25');
    expect(second.rows).toHaveLength(20);
    // The same pages with a search (read in memory): the same rows, the matches counted.
    const found = await queuePage('s1', { ...q, search: 'numéro', start: 40 });
    expect([found.total, found.rows.map((r) => r.text)]).toEqual([45, third.rows.map((r) => r.text)]);
  });

  it('gives the last page when questions left the list under the page asked for', async () => {
    await db().questions.bulkAdd(stored(30, (i) => `Question numéro ${i + 1}`));
    for (const search of ['', 'numéro']) {
      const p = await queuePage('s1', { ...q, search, start: 40 });
      expect([p.start, p.total, p.rows.length, p.rows[0]!.text]).toEqual([20, 30, 10, 'Question numéro 21']);
    }
  });

  it('suggests duplicates among the oldest and newest waiting and the rows shown, not the whole queue', async () => {
    const n = DUPLICATES_WINDOW * 2 + 100;
    // Each middle question is unique; the first, one in the middle and the last ask the same.
    const rows = stored(n, (i) =>
      i === 0 || i === 250 || i === n - 1 ? 'Comment avoir des papiers ?' : `Sujet ${i}x`,
    );
    await db().questions.bulkAdd(rows);
    const ends = await likelyDuplicates('s1');
    expect(ends.get(rows[0]!.id)!.map((r) => r.id)).toEqual([rows[0]!.id, rows[n - 1]!.id]);
    expect(ends.has(rows[250]!.id)).toBe(false);
    // The page holding the middle one shows it with both others.
    const page = (await queuePage('s1', { ...q, start: 240 })).rows;
    const shown = await likelyDuplicates('s1', page);
    expect(shown.get(rows[250]!.id)!.map((r) => r.id)).toEqual([rows[0]!.id, rows[250]!.id, rows[n - 1]!.id]);
  });
});
