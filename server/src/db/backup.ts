import SQLite from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

export class BackupError extends Error {}

const sqliteFile = (url: string): string | null =>
  /^postgres(ql)?:\/\//.test(url) ? null : url.replace(/^sqlite:(\/\/)?/, '');

const PG_HINT =
  'This collector uses PostgreSQL: back it up with `pg_dump --format=custom --file=FILE "$COLLECTOR_DATABASE_URL"` ' +
  'and restore with `pg_restore --clean --dbname="$COLLECTOR_DATABASE_URL" FILE` (see server/README.md).';

/**
 * SQLite's online backup of the live database to a new file: kiosks may keep syncing
 * while it runs, and the copy is consistent. An existing file is never overwritten.
 */
export async function backupSqlite(url: string, dest: string): Promise<number> {
  const file = sqliteFile(url);
  if (!file) throw new BackupError(PG_HINT);
  if (!existsSync(file)) throw new BackupError(`There is no database at ${file} to back up.`);
  if (existsSync(dest))
    throw new BackupError(`${dest} already exists: choose a new file name (nothing was overwritten).`);
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const r = await db.backup(dest);
    return r.totalPages;
  } finally {
    db.close();
  }
}

/** Refuses a file that is not a whole, readable collector database. */
export function checkCollectorFile(file: string): void {
  let db: SQLite.Database | null = null;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const ok = db.pragma('integrity_check', { simple: true });
    if (ok !== 'ok') throw new BackupError(`${file} is damaged (integrity check: ${String(ok)}).`);
    const tables = db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[];
    if (!tables.includes('devices') || !tables.includes('records')) {
      throw new BackupError(`${file} is an SQLite file but not a collector's database.`);
    }
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${file} cannot be read as a database: ${(err as Error).message}.`);
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup in place of the database (the collector must be stopped). The current
 * file is kept beside it as `….before-restore-<time>`, so a restore loses nothing.
 */
export async function restoreSqlite(url: string, backup: string, now = new Date()): Promise<string | null> {
  const file = sqliteFile(url);
  if (!file) throw new BackupError(PG_HINT);
  checkCollectorFile(backup);
  const staging = join(dirname(file), `.restore-${process.pid}.sqlite`);
  // Copied by SQLite's backup (the backup file itself stays untouched), then swapped in by a rename.
  rmSync(staging, { force: true });
  const src = new SQLite(backup, { readonly: true, fileMustExist: true });
  try {
    await src.backup(staging);
  } finally {
    src.close();
  }
  let keptAs: string | null = null;
  if (existsSync(file)) {
    keptAs = `${file}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, keptAs);
    for (const ext of ['-wal', '-shm']) if (existsSync(file + ext)) renameSync(file + ext, keptAs + ext);
  }
  renameSync(staging, file);
  return keptAs;
}
