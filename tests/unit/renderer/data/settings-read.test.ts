import { beforeEach, describe, expect, it } from 'vitest';
import { db, KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import { newId } from '../../../../src/renderer/src/data/ids';
import { getSetting, setSetting } from '../../../../src/renderer/src/data/repos/settings';

// Settings are read with data/shapes (no zod at start): what an older build, a test or a
// damaged row left behind reads as absent, never as a wrong type.
const raw = (key: string, value: unknown) => db().settings.put({ key, value });

beforeEach(() => setDbForTests(new KioskDB(`settings-read-${newId()}`)));

describe('reading a stored setting', () => {
  it('gives back what was written', async () => {
    await setSetting('kiosk.handedOver', false);
    expect(await getSetting('kiosk.handedOver')).toBe(false);
    await setSetting('kiosk.handedOver', 1_700_000_000_000);
    expect(await getSetting('kiosk.handedOver')).toBe(1_700_000_000_000);
    await setSetting('phones.wifi', { ssid: 'Salle Kolda', password: 'ŋaam-2026' });
    expect(await getSetting('phones.wifi')).toEqual({ ssid: 'Salle Kolda', password: 'ŋaam-2026' });
    expect(await getSetting('screening.active')).toBeUndefined();
  });

  it('reads a value of the wrong shape as absent', async () => {
    await raw('kiosk.handedOver', true);
    await raw('kiosk.id', '');
    await raw('sync.ackedSeq', -1);
    await raw('sync.retentionDays', 1.5);
    await raw('sync.clockOffsetMs', null);
    await raw('phones.wifi', { ssid: 'x'.repeat(33), password: '' });
    await raw('debate.wordFilter', ['fine', 'y'.repeat(61)]);
    await raw('pin.tries', [3, 0]);
    for (const key of [
      'kiosk.handedOver',
      'kiosk.id',
      'sync.ackedSeq',
      'sync.retentionDays',
      'sync.clockOffsetMs',
      'phones.wifi',
      'debate.wordFilter',
      'pin.tries',
    ] as const)
      expect(await getSetting(key), key).toBeUndefined();
  });

  it('keeps only the known fields, and a damaged part of the sync status reads as none', async () => {
    await raw('phones.access', { url: null, screeningId: 'S1', address: '10.0.0.2', extra: 'dropped' });
    expect(await getSetting('phones.access')).toEqual({ url: null, screeningId: 'S1', address: '10.0.0.2' });
    await raw('sync.status', { lastSuccessAt: '2026-12-01T19:00:00Z', lastError: { code: 7 }, lastHeal: 'x' });
    expect(await getSetting('sync.status')).toEqual({
      lastSuccessAt: '2026-12-01T19:00:00Z',
      lastError: null,
      lastHeal: null,
    });
  });
});
