import SQLite from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/src/config';
import { checkPassword } from '../../../server/src/staff/accounts';
import { collectorCli, startCollectorProcess, tempSqlite } from '../../support/collector-process';
import { batch, changes, screening } from './fixtures';
import { call, enrollDevice, startCollector, storedRecords, type Collector } from './harness';

const PASSWORD = 'Ziguinchor-pluie-2026';
let running: Collector | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

const env = (file: string) => ({ COLLECTOR_DATABASE_URL: file });

describe('collector as a service', () => {
  it('staff-add makes the first admin from a password on stdin, and refuses a short one', () => {
    const file = tempSqlite();
    const ok = collectorCli(
      ['staff-add', '--email', 'Admin@IOM.int', '--name', 'Awa', '--role', 'admin'],
      env(file),
      `${PASSWORD}\n`,
    );
    expect(ok.stdout).toContain('Staff account admin@iom.int (admin) created');
    expect(ok.status).toBe(0);
    const short = collectorCli(['staff-add', '--email', 'b@iom.int', '--role', 'analyst'], env(file), 'short\n');
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('at least 12 characters');
    const db = new SQLite(file, { readonly: true });
    const rows = db.prepare('select email, role, password_hash from staff').all() as { password_hash: string }[];
    db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]!.password_hash).not.toContain(PASSWORD);
  }, 60_000);

  it('backup copies the live database while it serves; restore brings it back and keeps the replaced file', async () => {
    const file = tempSqlite();
    expect(
      collectorCli(['staff-add', '--email', 'a@iom.int', '--role', 'admin'], env(file), `${PASSWORD}\n`).status,
    ).toBe(0);
    running = await startCollector(file);
    const k = await enrollDevice(running, 'K1');
    const s = screening('K1');
    expect((await call(running, 'POST', '/v1/batches', k.token, batch(changes('screenings', [s], 1)))).status).toBe(
      200,
    );
    const held = await storedRecords(running);
    const dest = join(dirname(file), 'backup.sqlite');
    const backup = collectorCli(['backup', dest], env(file));
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toContain(`Backup written to ${dest}`);
    // A later change, then the restore must bring back the state of the backup.
    const later = screening('K1');
    expect((await call(running, 'POST', '/v1/batches', k.token, batch(changes('screenings', [later], 2)))).status).toBe(
      200,
    );
    await running.close();
    expect(collectorCli(['backup', dest], env(file)).stderr).toContain('already exists');
    const restore = collectorCli(['restore', dest], env(file));
    expect(restore.stdout).toContain('The database it replaced is kept as');
    const kept = readdirSync(dirname(file)).filter(
      (n) => n.startsWith('collector.sqlite.before-restore-') && !/-(wal|shm)$/.test(n),
    );
    expect(kept).toHaveLength(1);
    running = await startCollector(file);
    expect(await storedRecords(running)).toEqual(held);
    expect(await checkPassword(running.conn.db, 'a@iom.int', PASSWORD)).toMatchObject({ role: 'admin' });
    const old = new SQLite(join(dirname(file), kept[0]!), { readonly: true });
    expect(old.prepare("select count(*) from records where tbl = 'screenings'").pluck().get() as number).toBe(2);
    old.close();
  }, 90_000);

  it('a damaged database file stops the start with a plain message and is left byte for byte', () => {
    const file = tempSqlite();
    const junk = Buffer.from('this is not a database, it is a photo of one'.repeat(100));
    writeFileSync(file, junk);
    const r = collectorCli(['serve'], env(file));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is damaged or is not a collector database. It was left untouched.');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file)).toEqual(junk);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const restore = collectorCli(['restore', file], env(tempSqlite()));
    expect(restore.status).toBe(2);
    expect(restore.stderr).toContain('Nothing was changed.');
  }, 60_000);

  it('a database locked by another program is said plainly, nothing changed', () => {
    const file = tempSqlite();
    const other = new SQLite(file);
    other.exec('create table mine (x integer); insert into mine values (1)');
    other.exec('BEGIN EXCLUSIVE');
    try {
      const r = collectorCli(['devices'], env(file));
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('is locked by another program');
    } finally {
      other.exec('ROLLBACK');
    }
    expect(other.prepare("select name from sqlite_master where type = 'table'").pluck().all()).toEqual(['mine']);
    other.close();
  }, 60_000);

  it('a second collector on the same file is refused while the first serves, and so is a restore', async () => {
    const file = tempSqlite();
    const first = await startCollectorProcess(file);
    try {
      const second = collectorCli(['serve'], { COLLECTOR_DATABASE_URL: file, COLLECTOR_PORT: '0' });
      expect(second.status).toBe(2);
      expect(second.stderr).toMatch(/Another collector \(process \d+\) already serves this database file/);
      expect(collectorCli(['restore', file], env(file)).status).toBe(2);
      expect((await fetch(`${first.url}/health`)).status).toBe(200);
    } finally {
      await first.stop();
    }
    expect(existsSync(`${file}.serving`)).toBe(false);
  }, 90_000);

  it('configuration is checked at start: each unusable setting is named, with what it must be', () => {
    expect(() => loadConfig({ COLLECTOR_PORT: 'eighty', COLLECTOR_STAFF_IDLE_SECONDS: '0' })).toThrow(ConfigError);
    const problems = (() => {
      try {
        loadConfig({ COLLECTOR_PORT: 'eighty', COLLECTOR_PUBLIC_URL: 'collector.iom.int' });
        return null;
      } catch (err) {
        return (err as ConfigError).problems;
      }
    })();
    expect(problems).toEqual([
      'COLLECTOR_PUBLIC_URL must start with https:// or http:// (it is "collector.iom.int").',
      'COLLECTOR_PORT must be a whole number from 0 to 65535 (it is "eighty").',
    ]);
    const c = loadConfig({ COLLECTOR_PUBLIC_URL: 'https://collector.iom.int' });
    expect(c.staff.secureCookies).toBe(true);
    expect(c.databaseUrl.startsWith('/')).toBe(true);
    const r = collectorCli(['serve'], { COLLECTOR_PORT: '99999' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('COLLECTOR_PORT must be a whole number from 0 to 65535 (it is "99999").');
  }, 60_000);
});
