import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPassword, addStaff } from '../../../server/src/staff/accounts';
import { binDir, startPostgres, type TestPostgres } from '../../support/postgres';
import { batch, changes, pledge, screening } from './fixtures';
import { call, enrollDevice, freshPgDatabase, startCollector, storedRecords } from './harness';

// The README's PostgreSQL backup, run as written: pg_dump --format=custom, then pg_restore --clean.
const PASSWORD = 'Matam-sauvegarde-2026';
let pg: TestPostgres;
beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(() => pg?.stop());

const run = (tool: string, args: string[]) => {
  const r = spawnSync(join(binDir(), tool), args, { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
};

describe('PostgreSQL backup with pg_dump', () => {
  it('restores with pg_restore --clean to exactly what was dumped, staff accounts included', async () => {
    const url = await freshPgDatabase(pg.url, 'dump_round_trip');
    let c = await startCollector(url);
    await addStaff(c.conn.db, { email: 'awa@iom.int', name: 'Awa', password: PASSWORD, role: 'admin' });
    const k = await enrollDevice(c, 'K1');
    const s = screening('K1');
    const sent = [...changes('screenings', [s], 1), ...changes('pledges', [pledge(s.id)], 2)];
    expect((await call(c, 'POST', '/v1/batches', k.token, batch(sent))).status).toBe(200);
    const held = await storedRecords(c);
    const file = join(mkdtempSync(join(tmpdir(), 'pg-dump-')), 'collector.dump');
    run('pg_dump', ['--format=custom', `--file=${file}`, url]);
    // A later change, lost by the restore as it must be.
    const later = changes('screenings', [screening('K1')], 3);
    expect((await call(c, 'POST', '/v1/batches', k.token, batch(later))).status).toBe(200);
    expect(await storedRecords(c)).toHaveLength(held.length + 1);
    await c.close();

    run('pg_restore', ['--clean', `--dbname=${url}`, file]);
    c = await startCollector(url);
    try {
      expect(await storedRecords(c)).toEqual(held);
      expect(await checkPassword(c.conn.db, 'awa@iom.int', PASSWORD)).toMatchObject({ role: 'admin' });
      // The kiosk's token survived the round trip: it syncs on.
      const again = await call(c, 'POST', '/v1/batches', k.token, batch(changes('screenings', [screening('K1')], 4)));
      expect(again.status).toBe(200);
      expect(await storedRecords(c)).toHaveLength(held.length + 1);
    } finally {
      await c.close();
    }
  }, 120_000);
});
