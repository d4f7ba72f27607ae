import { describe, expect, it } from 'vitest';
import { KioskDB } from '../../../../src/renderer/src/data/db';
import { getSetting } from '../../../../src/renderer/src/data/repos/settings';
import { setDbForTests } from '../../../../src/renderer/src/data/db';
import { v1 } from '../../../../src/renderer/src/data/schema/v1';
import { v2 } from '../../../../src/renderer/src/data/schema/v2';
import { closedAfterEach, freshName, openAt, shape } from './schema-harness';

const opened = closedAfterEach();

// Settings as a v1 kiosk stored them: three key styles, the offset as collector − device.
const V1_SETTINGS = [
  { key: 'kioskId', value: 'KIOSK-OLD' },
  { key: 'kioskTimings', value: { idleSec: 30 } },
  { key: 'activeScreeningId', value: 'S1' },
  { key: 'campaignUrl', value: 'https://example.org/mam' },
  { key: 'pinHash', value: { algo: 'PBKDF2-SHA-256', iterations: 310_000, salt: 'aa', hash: 'bb' } },
  { key: 'pinTries', value: { failures: 2, waitUntil: 0 } },
  { key: 'clockOffsetMs', value: 3_630_000 },
  { key: 'sync.retentionDays', value: 30 },
  { key: 'kiosk.handedOver', value: false },
];

describe('schema version 2', () => {
  it('renames every setting to one key style and turns the clock offset into device − collector', async () => {
    const name = freshName('v2-upgrade');
    const older = await openAt(name, [v1]);
    await older.table('settings').bulkPut(V1_SETTINGS);
    await older.table('screenings').put({ id: 'S1', date: '2026-11-16', phase: 'debate', updatedAt: 'x' });
    older.close();

    const current = new KioskDB(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(2);
    setDbForTests(current);
    expect(await getSetting('kiosk.id')).toBe('KIOSK-OLD');
    expect(await getSetting('kiosk.timings')).toEqual({ idleSec: 30 });
    expect(await getSetting('screening.active')).toBe('S1');
    expect(await getSetting('pledges.campaignUrl')).toBe('https://example.org/mam');
    expect(await getSetting('pin.hash')).toMatchObject({ salt: 'aa', hash: 'bb' });
    expect(await getSetting('pin.tries')).toEqual({ failures: 2, waitUntil: 0 });
    // The device was 1 h 0 min 30 s slow: device − collector is negative.
    expect(await getSetting('sync.clockOffsetMs')).toBe(-3_630_000);
    // Keys already in the new style are left as they were; nothing else is lost.
    expect(await getSetting('sync.retentionDays')).toBe(30);
    expect(await getSetting('kiosk.handedOver')).toBe(false);
    const keys = (await current.settings.toArray()).map((r) => r.key).sort();
    expect(keys).toEqual(
      [
        'kiosk.handedOver',
        'kiosk.id',
        'kiosk.timings',
        'pin.hash',
        'pin.tries',
        'pledges.campaignUrl',
        'screening.active',
        'sync.clockOffsetMs',
        'sync.retentionDays',
      ].sort(),
    );
    expect((await current.screenings.get('S1'))?.phase).toBe('debate');
  });

  it('opens a v1 kiosk that never synced or set anything, and changes no table', async () => {
    const name = freshName('v2-empty');
    const older = await openAt(name, [v1]);
    const before = shape(older);
    older.close();
    // Opened at v2 exactly (later versions may add indexes): no table or index changed.
    const current = await openAt(name, [v1, v2]);
    opened.push(current);
    expect(current.verno).toBe(2);
    expect(await current.table('settings').count()).toBe(0);
    expect(shape(current)).toEqual(before);
  });
});
