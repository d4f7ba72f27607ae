import { describe, expect, it } from 'vitest';
import { KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import { askedCounts, mergeQuestions, originalsOf } from '../../../../src/renderer/src/data/repos/merges';
import { questionCounts } from '../../../../src/renderer/src/data/repos/questions';
import { v1 } from '../../../../src/renderer/src/data/schema/v1';
import { v2 } from '../../../../src/renderer/src/data/schema/v2';
import { v3 } from '../../../../src/renderer/src/data/schema/v3';
import { closedAfterEach, freshName, openAt, shape } from './schema-harness';

const opened = closedAfterEach();

// Questions as a v3 kiosk stored them: no `mergedInto`, one from the floor.
const at = '2026-11-16T19:00:00.000Z';
const base = { rev: 1, createdAt: at, updatedAt: at, screeningId: 'S1', statusAt: { pending: at } };
const OLD = [
  { ...base, id: '01KOLD0000000000000000000A', text: 'Naka lañuy am kayit ?', language: 'wo', status: 'pending' },
  {
    ...base,
    id: '01KOLD0000000000000000000B',
    text: 'Comment avoir des papiers ?',
    language: 'fr',
    source: 'floor',
    status: 'approved',
    statusAt: { pending: at, approved: at },
  },
];

describe('schema version 4', () => {
  it('adds the mergedInto index, keeps v3 questions as they were, and merges them', async () => {
    const name = freshName('v4-upgrade');
    const older = await openAt(name, [v1, v2, v3]);
    await older.table('questions').bulkPut(OLD);
    older.close();

    const current = new KioskDB(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(4);
    expect(shape(current).questions).toContain('mergedInto');
    setDbForTests(current);
    for (const q of OLD) expect(await current.questions.get(q.id)).toEqual(q);
    expect(await originalsOf(OLD[0]!.id)).toEqual([]);
    expect((await questionCounts('S1')).byStatus.merged).toBe(0);

    await mergeQuestions(OLD[0]!.id, [OLD[1]!.id]);
    expect((await askedCounts([OLD[0]!.id])).get(OLD[0]!.id)).toBe(2);
    expect((await questionCounts('S1')).fromFloor).toBe(1);
  });
});
