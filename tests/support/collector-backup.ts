import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { startCollector, type Collector } from '../unit/server/harness';

/** A consistent copy of a running SQLite collector's database, as an operator's backup would be. */
export async function backupCollector(c: Collector): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'collector-backup-')), 'backup.sqlite');
  await sql.raw(`VACUUM INTO '${file.replace(/'/g, "''")}'`).execute(c.conn.db);
  return file;
}

/** Stops the collector, puts the backup in place of its database and starts it again at the same address. */
export async function restoreCollector(c: Collector, file: string): Promise<Collector> {
  const port = Number(new URL(c.url).port);
  await c.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${c.dbUrl}${suffix}`, { force: true });
  copyFileSync(file, c.dbUrl);
  return startCollector(c.dbUrl, undefined, port);
}
