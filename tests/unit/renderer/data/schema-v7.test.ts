import { describe, expect, it } from 'vitest';
import { KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import type { Question } from '../../../../src/renderer/src/data/types';
import { mergeQuestions } from '../../../../src/renderer/src/data/repos/merges';
import { moderate, questionCounts, submitQuestion } from '../../../../src/renderer/src/data/repos/questions';
import { ensureTally, statusCount } from '../../../../src/renderer/src/data/repos/tallies';
import { v1 } from '../../../../src/renderer/src/data/schema/v1';
import { v2 } from '../../../../src/renderer/src/data/schema/v2';
import { v3 } from '../../../../src/renderer/src/data/schema/v3';
import { v4 } from '../../../../src/renderer/src/data/schema/v4';
import { v5 } from '../../../../src/renderer/src/data/schema/v5';
import { v6 } from '../../../../src/renderer/src/data/schema/v6';
import { closedAfterEach, freshName, openAt, shape } from './schema-harness';

const opened = closedAfterEach();

// Questions as a v6 kiosk stored them: two pending (one from a phone), one from the floor.
const at = '2026-11-16T19:00:00.000Z';
const OLD = (id: string, extra: Partial<Question>): Question => ({
  id,
  rev: 1,
  createdAt: at,
  updatedAt: at,
  screeningId: 'S1',
  text: `Question ${id} : pourquoi partir ?`,
  language: 'fr',
  status: 'pending',
  statusAt: { pending: at },
  ...extra,
});
const ROWS = [
  OLD('01KOLD0000000000000000000A', {}),
  OLD('01KOLD0000000000000000000B', { source: 'phone', language: 'wo' }),
  OLD('01KOLD0000000000000000000C', { source: 'floor', status: 'approved', statusAt: { pending: at, approved: at } }),
];

/** The counts as the indexes give them, to compare the tally with after each write. */
async function fromIndexes(db: KioskDB, sid: string) {
  const n = (index: string, v: string) => db.questions.where(index).equals([sid, v]).count();
  return {
    pending: await n('[screeningId+status]', 'pending'),
    approved: await n('[screeningId+status]', 'approved'),
    on_stage: await n('[screeningId+status]', 'on_stage'),
    merged: await n('[screeningId+status]', 'merged'),
    fr: await n('[screeningId+language]', 'fr'),
    wo: await n('[screeningId+language]', 'wo'),
  };
}

describe('schema version 7', () => {
  it('adds question tallies: v6 questions counted from the indexes, then kept by every write', async () => {
    const name = freshName('v7-upgrade');
    const older = await openAt(name, [v1, v2, v3, v4, v5, v6]);
    await older.table('questions').bulkPut(ROWS);
    older.close();

    const current = new KioskDB(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(9); // the newest (v8 adds question sums, v9 counters)
    expect(shape(current).tallies).toEqual(['screeningId']);
    setDbForTests(current);
    // Nothing rewritten; no tally yet, so the counters count the indexes.
    expect(await current.questions.get(ROWS[0]!.id)).toEqual(ROWS[0]);
    expect(await current.tallies.count()).toBe(0);
    const before = await questionCounts('S1');
    expect(before).toMatchObject({ total: 3, fromFloor: 1, byLanguage: { fr: 2, wo: 1 } });
    expect(before.byStatus).toMatchObject({ pending: 2, approved: 1 });

    await ensureTally('S1');
    await ensureTally('S1');
    expect(await current.tallies.get('S1')).toMatchObject({ fromFloor: 1, fromPhone: 1 });
    expect(await questionCounts('S1')).toEqual(before);

    // Every kind of write moves the counts as the indexes see them.
    const q = await submitQuestion({ screeningId: 'S1', text: 'Et le travail ici ?', language: 'wo' });
    await moderate(q.id, 'project');
    await moderate(ROWS[0]!.id, 'approve');
    await mergeQuestions(ROWS[2]!.id, [ROWS[0]!.id]);
    await current.questions.delete(ROWS[1]!.id);
    const idx = await fromIndexes(current, 'S1');
    const counts = await questionCounts('S1');
    expect(idx).toEqual({ pending: 0, approved: 1, on_stage: 1, merged: 1, fr: 2, wo: 1 });
    expect(counts.byStatus).toMatchObject({ pending: 0, approved: 1, on_stage: 1, merged: 1 });
    expect(counts.byLanguage).toMatchObject({ fr: 2, wo: 1 });
    expect(counts.total).toBe(3);
    expect(await statusCount('S1', 'approved')).toBe(1);
    expect((await current.tallies.get('S1'))!.fromPhone).toBe(0);
  });

  it('a write that fails leaves the tally as it was (same transaction); writes side by side all count', async () => {
    const current = new KioskDB(freshName('v7-abort'));
    opened.push(current);
    setDbForTests(current);
    await ensureTally('S1');
    await expect(
      current.transaction('rw', current.questions, async () => {
        await current.questions.add(ROWS[0]!);
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    await expect(current.questions.add(ROWS[1]!)).resolves.toBe(ROWS[1]!.id);
    await expect(current.questions.add(ROWS[1]!)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect((await questionCounts('S1')).byStatus.pending).toBe(1);
    // Side by side in one transaction: each still counted once.
    const more = ['D', 'E', 'F', 'G'].map((c) => OLD(`01KOLD0000000000000000000${c}`, {}));
    await current.transaction('rw', current.questions, () => Promise.all(more.map((q) => current.questions.put(q))));
    expect((await questionCounts('S1')).byStatus.pending).toBe(5);
    await current.questions.clear();
    expect((await questionCounts('S1')).total).toBe(0);
  });
});
