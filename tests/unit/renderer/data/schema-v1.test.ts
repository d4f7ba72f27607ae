import { describe, expect, it } from 'vitest';
import { KioskDB } from '../../../../src/renderer/src/data/db';
import { v1 } from '../../../../src/renderer/src/data/schema/v1';
import { v2 } from '../../../../src/renderer/src/data/schema/v2';
import { v3 } from '../../../../src/renderer/src/data/schema/v3';
import { v4 } from '../../../../src/renderer/src/data/schema/v4';
import { v5 } from '../../../../src/renderer/src/data/schema/v5';
import { v6 } from '../../../../src/renderer/src/data/schema/v6';
import { v7 } from '../../../../src/renderer/src/data/schema/v7';
import { v8 } from '../../../../src/renderer/src/data/schema/v8';
import { v9 } from '../../../../src/renderer/src/data/schema/v9';
import { closedAfterEach, freshName, openAt, shape } from './schema-harness';

// Version 1 is the first: "n−1" is a device that never ran the kiosk (no database), or
// one whose database was opened by an older build before any table existed.
const opened = closedAfterEach();

// What the app's code relies on. Other indexes may still be added to v1 before release.
const V1_NEEDS = {
  screenings: ['id', 'date', 'phase'],
  questions: ['id', 'screeningId', '[screeningId+status]'],
  pledges: ['id', 'screeningId'],
  events: ['id', 'screeningId', '[screeningId+type]'],
  blobs: ['hash'],
  outbox: ['++seq'],
  settings: ['key'],
  playback: ['screeningId'],
};

function expectV1(actual: Record<string, string[]>): void {
  // Later versions add tables (v5: polls, v6: votes); v1's are all there.
  expect(Object.keys(actual)).toEqual(expect.arrayContaining(Object.keys(V1_NEEDS)));
  for (const [table, indexes] of Object.entries(V1_NEEDS))
    expect(actual[table], table).toEqual(expect.arrayContaining(indexes));
}

describe('schema version 1', () => {
  it('creates every table and index on a fresh device', async () => {
    const db = new KioskDB(freshName('v1-fresh'));
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(9); // the newest: v2 changes nothing, v3 and v4 add a question index each, v5 polls, v6 votes, v7 tallies, v8 question sums, v9 counters
    expectV1(shape(db));
    // The class opens exactly what the schema files declare.
    const declared = await openAt(freshName('v1-declared'), [v1, v2, v3, v4, v5, v6, v7, v8, v9]);
    opened.push(declared);
    expect(shape(db)).toEqual(shape(declared));
  });

  it('keeps rows across a restart (close and open again)', async () => {
    const name = freshName('v1-reopen');
    const first = new KioskDB(name);
    await first.settings.put({ key: 'kioskId', value: 'K1' });
    await first.playback.put({
      screeningId: 'S1',
      filmId: 'sample',
      positionSec: 42,
      playing: true,
      subtitles: 'wo',
      volume: 1,
      updatedAt: '2026-11-16T10:00:00.000Z',
      seekSeq: 0,
      seekToSec: 0,
    });
    first.close();
    const again = new KioskDB(name);
    opened.push(again);
    expect(await again.settings.get('kioskId')).toEqual({ key: 'kioskId', value: 'K1' });
    expect((await again.playback.get('S1'))?.positionSec).toBe(42);
  });

  it('opens over the same declaration from an older build (n−1 = v1 itself) without losing rows', async () => {
    const name = freshName('v1-same');
    const older = await openAt(name, [v1]);
    await older.table('screenings').put({ id: 'S1', date: '2026-11-16', phase: 'debate', updatedAt: 'x' });
    older.close();
    const current = new KioskDB(name);
    opened.push(current);
    expect((await current.screenings.get('S1'))?.phase).toBe('debate');
    expectV1(shape(current));
  });
});
