import { describe, expect, it } from 'vitest';
import { KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import { questionCounts } from '../../../../src/renderer/src/data/repos/questions';
import { v1 } from '../../../../src/renderer/src/data/schema/v1';
import { v2 } from '../../../../src/renderer/src/data/schema/v2';
import { closedAfterEach, freshName, openAt, shape } from './schema-harness';

const opened = closedAfterEach();

// A question as a v2 kiosk stored it: no `source` (it came from the kiosk).
const OLD_QUESTION = {
  id: '01KOLD0000000000000000000Q',
  rev: 1,
  createdAt: '2026-11-16T19:00:00.000Z',
  updatedAt: '2026-11-16T19:00:00.000Z',
  screeningId: 'S1',
  text: 'Naka lañuy def ngir am ay kayit ?',
  language: 'wo',
  status: 'pending',
  statusAt: { pending: '2026-11-16T19:00:00.000Z' },
};

describe('schema version 3', () => {
  it('adds the [screeningId+source] index and keeps older questions as they were, counted as from the kiosk', async () => {
    const name = freshName('v3-upgrade');
    const older = await openAt(name, [v1, v2]);
    await older.table('questions').put(OLD_QUESTION);
    older.close();

    const current = new KioskDB(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(3); // later versions (v6) open over it
    expect(shape(current).questions).toContain('[screeningId+source]');
    setDbForTests(current);
    expect(await current.questions.get(OLD_QUESTION.id)).toEqual(OLD_QUESTION);
    const counts = await questionCounts('S1');
    expect(counts.total).toBe(1);
    expect(counts.fromFloor).toBe(0);
  });
});
