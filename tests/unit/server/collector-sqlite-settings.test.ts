import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { openDb } from '../../../server/src/db/connect';
import { migrateToLatest } from '../../../server/src/db/migrate';
import { sqliteUrl } from './harness';

async function settings(file: string) {
  const conn = openDb(file);
  try {
    // Read before anything is written: SQLite's WAL default only applies from the first write on.
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(conn.db);
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(conn.db);
    await migrateToLatest(conn);
    return { journal: journal.rows[0]?.journal_mode, synchronous: sync.rows[0]?.synchronous };
  } finally {
    await conn.db.destroy();
  }
}

// The durability a kiosk's acknowledged batch gets is the collector's choice (see
// connect.ts), not a build option of better-sqlite3 nor the state the file was in.
describe('collector SQLite settings', () => {
  test('a new database file and the same file reopened both run WAL with synchronous NORMAL', async () => {
    const file = sqliteUrl();
    expect(await settings(file)).toEqual({ journal: 'wal', synchronous: 1 });
    expect(await settings(file)).toEqual({ journal: 'wal', synchronous: 1 });
  });
});
