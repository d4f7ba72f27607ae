import { describe, expect, test, vi } from 'vitest';
import { pendingCount } from '../../../src/renderer/src/data/repos/outbox';
import { getSetting, setSetting } from '../../../src/renderer/src/data/repos/settings';
import { backoffDelay } from '../../../src/renderer/src/features/sync/backoff';
import { enrollKiosk, readStatus } from '../../../src/renderer/src/features/sync/device';
import { SyncEngine } from '../../../src/renderer/src/features/sync/engine';
import {
  eveningActivity,
  enrolledKiosk,
  enrollmentCode,
  freshKiosk,
  harness,
  holdings,
  kioskRecords,
  newCollector,
  seededRandom,
} from './sync-support';

async function pointAt(url: string) {
  const device = (await getSetting('sync.device'))!;
  await setSetting('sync.device', { ...device, collectorUrl: url });
}

describe('sync engine', () => {
  test('sends every change in order, in batches, and empties the outbox', async () => {
    const { c } = await enrolledKiosk();
    await eveningActivity(1, seededRandom(1));
    const pending = await pendingCount();
    const engine = new SyncEngine({ batchSize: 4 });
    const seen: number[] = [];
    engine.subscribe(() => seen.push(engine.getProgress().sent));
    expect(await engine.syncNow()).toEqual({ ok: true, sent: pending });
    expect(await pendingCount()).toBe(0);
    expect(seen).toContain(4);
    expect((await holdings(c.id)).devices[0]!.last_seq).toBe(pending);
    expect((await readStatus()).lastSuccessAt).not.toBeNull();
  });

  test('changes written while a batch is on its way stay queued and follow it', async () => {
    const { c } = await enrolledKiosk();
    await eveningActivity(7, seededRandom(7));
    let posts = 0;
    const engine = new SyncEngine({
      batchSize: 5,
      // The facilitator keeps working while the first batch travels.
      fetch: async (input, init) => {
        if (init?.method === 'POST' && ++posts === 1) await eveningActivity(8, seededRandom(8));
        return fetch(input, init);
      },
    });
    expect(await engine.syncNow()).toMatchObject({ ok: true });
    expect(await pendingCount()).toBe(0);
    const held = await holdings(c.id);
    expect(held.records).toEqual((await kioskRecords()).records);
  });

  test('is single-flight: a second request joins the running sync', async () => {
    await enrolledKiosk();
    await eveningActivity(2, seededRandom(2));
    let posts = 0;
    const engine = new SyncEngine({
      batchSize: 1000,
      fetch: (input, init) => ((posts += init?.method === 'POST' ? 1 : 0), fetch(input, init)),
    });
    const [a, b] = [engine.syncNow(), engine.syncNow()];
    expect(a).toBe(b);
    await a;
    expect(posts).toBe(1);
  });

  test('an unreachable, wrong or refusing collector is said plainly and nothing is lost', async () => {
    const { c, device } = await enrolledKiosk();
    await eveningActivity(3, seededRandom(3));
    const pending = await pendingCount();
    const engine = new SyncEngine({ baseDelayMs: 60_000, timeoutMs: 2_000 });
    const attempt = async (url: string) => {
      await pointAt(url);
      const out = await engine.syncNow();
      engine.stop();
      return out;
    };
    expect(await attempt('http://127.0.0.1:9')).toMatchObject({ ok: false, code: 'unreachable' });
    expect((await readStatus()).lastError?.code).toBe('unreachable');
    expect(engine.getProgress().retryAt).toBeGreaterThan(Date.now() + 20_000);
    expect(await attempt(`${c.url}/not-here`)).toMatchObject({ ok: false, code: 'not_collector' });
    await harness(`collectors/${c.id}/revoke`, { deviceId: device.deviceId });
    expect(await attempt(c.url)).toMatchObject({ ok: false, code: 'revoked' });
    expect(await pendingCount()).toBe(pending);
    expect((await holdings(c.id)).records).toEqual([]);
  });

  test('a kiosk clock set to 1970 or 2099: the collector offset is measured and kept for reports', async () => {
    const { c } = await enrolledKiosk();
    const engine = new SyncEngine();
    try {
      for (const wrong of ['1970-01-01T00:00:00Z', '2099-06-01T12:00:00Z']) {
        // The device's clock minus the collector's: the sign of the wire and of the setting.
        const skew = Date.parse(wrong) - Date.now();
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date(wrong));
        await eveningActivity(5, seededRandom(5));
        expect(await engine.syncNow()).toMatchObject({ ok: true });
        const offset = (await getSetting('sync.clockOffsetMs'))!;
        expect(Math.abs(offset - skew)).toBeLessThan(60_000);
        // Nothing left to send: the check-in still measures it.
        await setSetting('sync.clockOffsetMs', 0);
        expect(await engine.syncNow()).toEqual({ ok: true, sent: 0 });
        expect(Math.abs((await getSetting('sync.clockOffsetMs'))! - skew)).toBeLessThan(60_000);
        vi.useRealTimers();
      }
    } finally {
      vi.useRealTimers();
    }
    expect((await holdings(c.id)).records.length).toBeGreaterThan(0);
  });

  test('not enrolled is a state, not an error', async () => {
    freshKiosk();
    await eveningActivity(4, seededRandom(4));
    const engine = new SyncEngine();
    expect(await engine.syncNow()).toEqual({ ok: false, code: 'not_enrolled' });
    expect((await readStatus()).lastError).toBeNull();
  });

  test('an enrollment code works once; a second kiosk with it is told the code is refused', async () => {
    freshKiosk();
    const c = await newCollector();
    const code = await enrollmentCode(c.id);
    await enrollKiosk(`${c.url}/`, code.toLowerCase(), 'Kolda');
    freshKiosk();
    await expect(enrollKiosk(c.url, code, 'Ziguinchor')).rejects.toMatchObject({ code: 'invalid_code' });
    await expect(enrollKiosk('ftp://collector', code, '')).rejects.toMatchObject({ code: 'invalid_url' });
  });
});

describe('backoff', () => {
  test('doubles from the base up to the cap, half of it random', () => {
    const at = (n: number, r: number) => backoffDelay(n, 5_000, 600_000, () => r);
    expect([1, 2, 3, 4].map((n) => at(n, 0))).toEqual([2_500, 5_000, 10_000, 20_000]);
    expect(at(1, 1)).toBe(5_000);
    expect(at(30, 0.5)).toBe(450_000);
  });
});
