import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { revokeDevice } from '../../../server/src/auth/devices';
import { importBundle } from '../../../server/src/bundle/import';
import { sealBundle, toBase64 } from '../../../src/shared/sync-bundle';
import { KINDS, useCollector, usePostgresCluster } from './dialects';
import { batch, changes, event, question, screening } from './fixtures';
import { call, enrollDevice, storedRecords, type Collector } from './harness';
import { changeSchema, type EnrollResponse } from '../../../src/shared/sync-protocol';

usePostgresCluster();

const audio = new TextEncoder().encode('OggS a spoken question');
const audioHash = async () => Buffer.from(await crypto.subtle.digest('SHA-256', audio)).toString('hex');

/** A kiosk's unsent work: a screening, a spoken question and the audit trail. */
async function unsent(kioskId: string) {
  const s = screening(kioskId);
  const q = question(s.id, { audioHash: await audioHash() });
  return [...changes('screenings', [s], 1), ...changes('questions', [q], 2), ...changes('events', [event(s.id)], 3)];
}

async function bundleFor(dev: EnrollResponse, list: Awaited<ReturnType<typeof unsent>>) {
  const blobs = [{ hash: await audioHash(), mime: 'audio/ogg', data: toBase64(audio) }];
  // The kiosk seals what its outbox holds: changes of the shared contract.
  const changes = list.map((c) => changeSchema.parse(c));
  return sealBundle({ deviceId: dev.deviceId, changes, blobs }, dev.bundleKey, new Date().toISOString());
}

describe.each(KINDS)('USB bundle import on %s', (kind) => {
  const collector = useCollector(kind);

  test('a bundle has the same effect as a network sync, and importing it twice changes nothing', async () => {
    const c: Collector = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const list = await unsent('KIOSK-A');
    const file = await bundleFor(dev, list);
    const first = await importBundle(c.conn.db, file);
    expect(first).toMatchObject({ changes: 3, applied: 3, audioStored: 1, lastSeq: 3 });
    const afterFirst = await storedRecords(c);
    expect(afterFirst).toEqual(list.map((x) => `${x.table}/${x.recordId}@1`).sort());
    const second = await importBundle(c.conn.db, file);
    expect(second).toMatchObject({ applied: 0, audioStored: 0, audioAlready: 1 });
    expect(await storedRecords(c)).toEqual(afterFirst);
    // The kiosk later finds a network and sends the same changes: still one copy each.
    const net = await call(c, 'POST', '/v1/batches', dev.token, batch(list));
    expect(net.body).toMatchObject({ applied: 0, missingBlobs: [] });
    expect(await storedRecords(c)).toEqual(afterFirst);
  });

  test('a tampered, truncated or foreign bundle is refused before anything is written', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const other = await enrollDevice(c, 'KIOSK-B');
    const file = await bundleFor(dev, await unsent('KIOSK-A'));
    const flipped = file.slice();
    flipped[flipped.length - 40]! ^= 0x01;
    await expect(importBundle(c.conn.db, flipped)).rejects.toMatchObject({ code: 'tampered' });
    await expect(importBundle(c.conn.db, file.slice(0, file.length - 100))).rejects.toMatchObject({ code: 'tampered' });
    // The header is readable but bound to the content: naming another device fails too.
    const text = Buffer.from(file).toString('latin1').replace(dev.deviceId, other.deviceId);
    await expect(importBundle(c.conn.db, Buffer.from(text, 'latin1'))).rejects.toMatchObject({ code: 'tampered' });
    await expect(importBundle(c.conn.db, new TextEncoder().encode('{"changes":[]}'))).rejects.toMatchObject({
      code: 'not_a_bundle',
    });
    expect(await storedRecords(c)).toEqual([]);
    expect(await c.conn.db.selectFrom('blobs').select('hash').execute()).toEqual([]);
    await revokeDevice(c.conn.db, dev.deviceId);
    await expect(importBundle(c.conn.db, file)).rejects.toMatchObject({ code: 'revoked_device' });
  });
});

describe('collector CLI', () => {
  const collector = useCollector('sqlite');

  const cli = (c: Collector, ...args: string[]) =>
    spawnSync('npx', ['tsx', 'server/src/cli.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, COLLECTOR_DATABASE_URL: c.dbUrl },
    });

  // Spawns the real CLI three times (tsx compiles it each time): slow on a loaded machine, not a speed check.
  test(
    'import-bundle says what it imported, then that nothing was new, and REFUSED for a tampered file',
    { timeout: 120_000 },
    async () => {
      const c = collector();
      const dev = await enrollDevice(c, 'KIOSK-A');
      const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
      const file = await bundleFor(dev, await unsent('KIOSK-A'));
      writeFileSync(join(dir, 'good.mambundle'), file);
      const bad = file.slice();
      bad[bad.length - 1]! ^= 0xff;
      writeFileSync(join(dir, 'bad.mambundle'), bad);
      await c.close();
      const refused = cli(c, 'import-bundle', join(dir, 'bad.mambundle'));
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('REFUSED (tampered)');
      expect(refused.stderr).toContain('Nothing was imported.');
      const first = cli(c, 'import-bundle', join(dir, 'good.mambundle'));
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('3 changes, 3 records new or updated, audio 1 stored');
      const again = cli(c, 'import-bundle', join(dir, 'good.mambundle'));
      expect(again.stdout).toContain('Nothing new: this bundle was already imported.');
      const csv = cli(c, 'screenings', '--format', 'csv');
      expect(csv.stdout.startsWith('\uFEFFid,kioskId,device')).toBe(true);
      expect(csv.stdout).toContain('Salle des fêtes');
    },
  );
});
