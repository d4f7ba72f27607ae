import { describe, expect, test } from 'vitest';
import { pendingCount } from '../../../src/renderer/src/data/repos/outbox';
import { readStatus } from '../../../src/renderer/src/features/sync/device';
import { SyncEngine } from '../../../src/renderer/src/features/sync/engine';
import { eveningActivity, enrolledKiosk, harness, holdings, kioskRecords, seededRandom } from './sync-support';

const backup = (id: string) => harness<{ file: string }>(`collectors/${id}/backup`).then((r) => r.file);
const restore = (id: string, file: string) => harness(`collectors/${id}/restore`, { file });

describe('a collector restored from an older copy heals from the kiosk', () => {
  test('the next sync is refused as a gap, the kiosk queues again all it holds, and the collector ends whole', async () => {
    const { c } = await enrolledKiosk();
    const engine = new SyncEngine({ batchSize: 7 });
    await eveningActivity(1, seededRandom(1));
    expect(await engine.syncNow()).toMatchObject({ ok: true });
    const older = await backup(c.id);
    await eveningActivity(2, seededRandom(2));
    expect(await engine.syncNow()).toMatchObject({ ok: true });
    expect(await pendingCount()).toBe(0);
    // The collector's disk fails; it is restored from the copy made before the second evening.
    await restore(c.id, older);
    expect((await holdings(c.id)).records).not.toEqual((await kioskRecords()).records);
    await eveningActivity(3, seededRandom(3));
    expect(await engine.syncNow()).toMatchObject({ ok: true });
    const kiosk = await kioskRecords();
    const held = await holdings(c.id);
    expect(held.records).toEqual(kiosk.records);
    expect(held.blobs).toEqual(kiosk.blobs);
    expect(await pendingCount()).toBe(0);
    const status = await readStatus();
    expect(status.lastError).toBeNull();
    expect(status.lastHeal?.requeued).toBe(kiosk.records.length);
    // Healed: the next sync is an ordinary one, and a replay changes nothing.
    expect(await engine.syncNow()).toEqual({ ok: true, sent: 0 });
    expect((await holdings(c.id)).records).toEqual(kiosk.records);
  });

  test('with nothing new to send, the check-in notices the collector is behind and heals it too', async () => {
    const { c } = await enrolledKiosk();
    const engine = new SyncEngine();
    const older = await backup(c.id);
    await eveningActivity(4, seededRandom(4));
    expect(await engine.syncNow()).toMatchObject({ ok: true });
    await restore(c.id, older);
    expect((await holdings(c.id)).records).toEqual([]);
    expect(await engine.syncNow()).toMatchObject({ ok: true });
    expect((await holdings(c.id)).records).toEqual((await kioskRecords()).records);
    expect((await readStatus()).lastHeal).not.toBeNull();
  });
});
