import { describe, expect, test } from 'vitest';
import { pendingCount } from '../../../src/renderer/src/data/repos/outbox';
import { enrollKiosk } from '../../../src/renderer/src/features/sync/device';
import { SyncEngine } from '../../../src/renderer/src/features/sync/engine';
import {
  eveningActivity,
  enrollmentCode,
  freshKiosk,
  harness,
  holdings,
  kioskRecords,
  newCollector,
  seededRandom,
} from './sync-support';

const SEED = 20260606;
const RUNS = 12;

/**
 * Between the kiosk's real engine and a real collector, a proxy drops connections
 * mid-request, delays, answers 500 before and after the collector applied a batch,
 * truncates answers and replays requests (at once and stale ones later). After the
 * faults stop and a sync completes, the collector must hold exactly the kiosk's records
 * and audio, each once, and the outbox must be empty.
 */
describe('sync under network faults (fixed seed)', () => {
  test(`${RUNS} randomised runs: nothing lost, nothing duplicated, outbox empty`, async () => {
    const faultsSeen: Record<string, number> = {};
    for (let run = 0; run < RUNS; run++) {
      const random = seededRandom(SEED + run);
      freshKiosk();
      const collector = await newCollector();
      const proxy = await harness<{ id: string; url: string }>('proxies', { target: collector.url, seed: SEED + run });
      await enrollKiosk(collector.url, await enrollmentCode(collector.id), `run ${run}`);
      // Through the proxy from now on (the URL is what the facilitator would have typed).
      const { setSetting, getSetting } = await import('../../../src/renderer/src/data/repos/settings');
      const device = (await getSetting('sync.device'))!;
      await setSetting('sync.device', { ...device, collectorUrl: proxy.url });
      const engine = new SyncEngine({
        batchSize: 1 + Math.floor(random() * 12),
        timeoutMs: 2_000,
        baseDelayMs: 60_000,
      });

      await harness(`proxies/${proxy.id}/faults`, { on: true });
      for (let step = 0; step < 6; step++) {
        await eveningActivity(run * 100 + step, random);
        await engine.syncNow();
      }
      const { stats } = await harness<{ stats: Record<string, number> }>(`proxies/${proxy.id}/faults`, { on: false });
      for (const [k, v] of Object.entries(stats)) faultsSeen[k] = (faultsSeen[k] ?? 0) + v;

      const final = await engine.syncNow();
      engine.stop();
      expect(final, `run ${run}`).toEqual({ ok: true, sent: expect.any(Number) as number });
      expect(await pendingCount(), `run ${run}: outbox`).toBe(0);
      const held = await holdings(collector.id);
      const mine = await kioskRecords();
      expect(held.records, `run ${run}: records`).toEqual(mine.records);
      expect(new Set(held.records).size).toBe(held.records.length);
      expect(held.blobs, `run ${run}: audio`).toEqual(mine.blobs);
      await harness(`proxies/${proxy.id}/stop`);
      await harness(`collectors/${collector.id}/stop`);
    }
    // The seed must actually have exercised every kind of fault.
    for (const f of ['drop_request', 'delay', 'status_500_before', 'status_500_after', 'truncate', 'replay']) {
      expect(faultsSeen[f], f).toBeGreaterThan(0);
    }
  }, 120_000);
});
