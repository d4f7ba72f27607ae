import { describe, expect, it } from 'vitest';
import { KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import { OUTBOX_COUNTER } from '../../../../src/renderer/src/data/outbox-count';
import { markSentThrough, pendingCount, readBatch } from '../../../../src/renderer/src/data/repos/outbox';
import { moderate, submitQuestion } from '../../../../src/renderer/src/data/repos/questions';
import { appendEvent, outboxEntry } from '../../../../src/renderer/src/data/write';
import { v1 } from '../../../../src/renderer/src/data/schema/v1';
import { v2 } from '../../../../src/renderer/src/data/schema/v2';
import { v3 } from '../../../../src/renderer/src/data/schema/v3';
import { v4 } from '../../../../src/renderer/src/data/schema/v4';
import { v5 } from '../../../../src/renderer/src/data/schema/v5';
import { v6 } from '../../../../src/renderer/src/data/schema/v6';
import { v7 } from '../../../../src/renderer/src/data/schema/v7';
import { v8 } from '../../../../src/renderer/src/data/schema/v8';
import type { KioskEvent } from '../../../../src/renderer/src/data/types';
import { closedAfterEach, freshName, openAt, shape } from './schema-harness';

const opened = closedAfterEach();

// Unsent changes as a v8 kiosk queued them: three audit events.
const at = '2026-11-16T19:00:00.000Z';
const EVENT = (n: number): KioskEvent => ({
  id: `01KOLDEVENT000000000000${n}`,
  screeningId: 'S1',
  at,
  type: 'phase',
  data: { from: null, to: 'setup' },
});
const OLD = [1, 2, 3].map((n) => outboxEntry('events', EVENT(n), 1, at));

async function open(name: string): Promise<KioskDB> {
  const current = new KioskDB(name);
  opened.push(current);
  await current.open();
  setDbForTests(current);
  return current;
}

/** The counter must say what counting the outbox says, after every kind of write. */
async function expectExact(db: KioskDB) {
  const n = await db.outbox.count();
  expect((await db.counters.get(OUTBOX_COUNTER))?.n).toBe(n);
  expect(await pendingCount()).toBe(n);
  return n;
}

describe('schema version 9', () => {
  it('adds counters: the v8 outbox counted by the upgrade, then kept exact by every outbox write', async () => {
    const name = freshName('v9-upgrade');
    const older = await openAt(name, [v1, v2, v3, v4, v5, v6, v7, v8]);
    await older.table('outbox').bulkAdd(OLD);
    older.close();

    const db = await open(name);
    expect(db.verno).toBe(9);
    expect(shape(db).counters).toEqual(['name']);
    // Nothing rewritten: the same changes, still in order.
    expect((await readBatch(10)).map((c) => c.recordId)).toEqual(OLD.map((o) => o.recordId));
    expect(await expectExact(db)).toBe(3);

    // A question (one add), a projection (a bulk add of four), an event.
    const q = await submitQuestion({ screeningId: 'S1', text: 'Et le travail ici ?', language: 'wo' });
    await moderate(q.id, 'project');
    await appendEvent('S1', 'phase', { from: 'setup', to: 'debate' });
    expect(await expectExact(db)).toBe(3 + 1 + 2 + 1);

    // An ack deletes a range; a delete by number; a number that is not there changes nothing.
    const batch = await readBatch(4);
    await markSentThrough(batch[0]!.seq, batch[3]!.seq);
    expect(await expectExact(db)).toBe(3);
    const [first] = await readBatch(1);
    await db.outbox.delete(first!.seq);
    await db.outbox.delete(first!.seq);
    await db.outbox.bulkDelete([999_999]);
    expect(await expectExact(db)).toBe(2);

    // A put that replaces an entry adds none; one without a number adds one.
    const [kept] = await readBatch(1);
    await db.outbox.put({ ...kept! });
    await db.outbox.put(outboxEntry('events', EVENT(4), 1, at));
    expect(await expectExact(db)).toBe(3);

    // Writes side by side in one transaction, and transactions side by side: none lost.
    await Promise.all([
      db.transaction('rw', db.events, db.outbox, () =>
        Promise.all([5, 6, 7].map((n) => db.outbox.add(outboxEntry('events', EVENT(n), 1, at)))),
      ),
      ...[8, 9].map((n) => appendEvent('S1', 'phase', { from: 'debate', to: 'pledges' }).then(() => n)),
      submitQuestion({ screeningId: 'S1', text: 'Et les papiers ?', language: 'fr' }),
    ]);
    expect(await expectExact(db)).toBe(3 + 3 + 2 + 1);

    // A write that fails takes its count with it (the whole transaction rolls back).
    await expect(
      db.transaction('rw', db.outbox, async () => {
        await db.outbox.add(outboxEntry('events', EVENT(10), 1, at));
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await expectExact(db)).toBe(9);

    // Clearing empties it; the count survives a restart.
    await db.outbox.clear();
    await db.outbox.add(outboxEntry('events', EVENT(11), 1, at));
    db.close();
    expect(await expectExact(await open(name))).toBe(1);
  });

  it('on a fresh device (no upgrade runs) counts from the first write on', async () => {
    const db = await open(freshName('v9-fresh'));
    expect(await pendingCount()).toBe(0);
    await Promise.all([
      appendEvent('S1', 'phase', { from: null, to: 'setup' }),
      appendEvent('S1', 'phase', { from: null, to: 'setup' }),
    ]);
    expect(await db.counters.get(OUTBOX_COUNTER)).toEqual({ name: OUTBOX_COUNTER, n: 2 });
    expect(await expectExact(db)).toBe(2);
  });
});
