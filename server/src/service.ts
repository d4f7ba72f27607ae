import { backupSqlite, BackupError, restoreSqlite } from './db/backup';
import { openDb, type CollectorDb } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { lockServing } from './db/serve-lock';
import { openErrorMessage } from './db/open-errors';
import { ConfigError, loadConfig, type CollectorConfig } from './config';

/** Stops the command with a sentence, not a stack trace: these are the operator's mistakes to fix. */
function exitWith(message: string): never {
  console.error(message);
  process.exit(2);
}

export function configOrExit(): CollectorConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) exitWith(err.message);
    throw err;
  }
}

/**
 * The database, opened on first use (so `restore` can replace a file that does not open)
 * and brought to the latest schema by `ready()`; a file that is locked or damaged stops
 * the command with a plain message and is left as it was.
 */
export function lazyDb(url: string) {
  let opened: CollectorDb | null = null;
  const open = (): CollectorDb => {
    if (opened) return opened;
    try {
      return (opened = openDb(url));
    } catch (err) {
      exitWith(openErrorMessage(err, url));
    }
  };
  return {
    get db() {
      return open().db;
    },
    async ready(): Promise<void> {
      try {
        await migrateToLatest(open());
      } catch (err) {
        exitWith(openErrorMessage(err, url));
      }
    },
    async close(): Promise<void> {
      await opened?.db.destroy();
    },
  };
}

export async function backupCommand(url: string, dest: string | undefined): Promise<number> {
  if (!dest)
    return (console.error('backup needs the file to write, e.g. backup /backups/collector-2026-12-01.sqlite'), 1);
  try {
    const pages = await backupSqlite(url, dest);
    console.log(`Backup written to ${dest} (${pages} pages). Keep it somewhere other than this machine.`);
    return 0;
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    return (console.error(err.message), 2);
  }
}

/** Run with the collector stopped: the current database is kept beside the restored one. */
export async function restoreCommand(url: string, backup: string | undefined): Promise<number> {
  if (!backup) return (console.error('restore needs the backup file, e.g. restore /backups/collector.sqlite'), 1);
  const lock = lockServing(url);
  if (typeof lock === 'string') return (console.error(lock), 2);
  try {
    const kept = await restoreSqlite(url, backup);
    console.log(`Restored ${backup}.${kept ? ` The database it replaced is kept as ${kept}.` : ''}`);
    return 0;
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    return (console.error(`${err.message} Nothing was changed.`), 2);
  } finally {
    lock.release();
  }
}
