import { describe, expect, it } from 'vitest';
import { KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import { pledgeCounts } from '../../../../src/renderer/src/data/repos/pledges';
import { v1 } from '../../../../src/renderer/src/data/schema/v1';
import { v2 } from '../../../../src/renderer/src/data/schema/v2';
import { v3 } from '../../../../src/renderer/src/data/schema/v3';
import { closedAfterEach, freshName, openAt, shape } from './schema-harness';

const opened = closedAfterEach();

// A pledge as a v3 kiosk stored it: no `source` (it came from the kiosk).
const OLD_PLEDGE = {
  id: '01KOLD0000000000000000000P',
  rev: 1,
  createdAt: '2026-11-16T19:00:00.000Z',
  updatedAt: '2026-11-16T19:00:00.000Z',
  screeningId: 'S1',
  kind: 'own_story',
  text: 'Dinaa nettali sama tukki',
  language: 'wo',
  followUp: 'none',
};

describe('schema version 6', () => {
  it('adds the votes table (one per phone per question) and keeps v3 pledges as they were', async () => {
    const name = freshName('v6-upgrade');
    const older = await openAt(name, [v1, v2, v3]);
    await older.table('pledges').put(OLD_PLEDGE);
    older.close();

    const current = new KioskDB(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(9); // the newest (v7 adds question tallies, v8 question sums, v9 counters)
    expect(shape(current).votes).toEqual(['id', 'screeningId', 'questionId', '&[questionId+voter]']);
    expect(shape(current).pledges).toContain('[screeningId+source]');
    setDbForTests(current);
    expect(await current.pledges.get(OLD_PLEDGE.id)).toEqual(OLD_PLEDGE);
    expect((await pledgeCounts('S1')).own_story).toBe(1);
    const vote = { rev: 1, createdAt: OLD_PLEDGE.createdAt, updatedAt: OLD_PLEDGE.createdAt, screeningId: 'S1' };
    await current.votes.add({ ...vote, id: 'V1', questionId: 'Q1', voter: 'phoneAAAAAAAAAAAAAAAAA' });
    await expect(
      current.votes.add({ ...vote, id: 'V2', questionId: 'Q1', voter: 'phoneAAAAAAAAAAAAAAAAA' }),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
  });
});
