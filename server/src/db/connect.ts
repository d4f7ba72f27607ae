import SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import { cachingPrepare } from './statement-cache';

export type DialectKind = 'sqlite' | 'postgres';

export interface CollectorDb {
  db: Kysely<Database>;
  kind: DialectKind;
}

const dialects = new WeakMap<Kysely<Database>, DialectKind>();

/** Which database an open connection speaks to (for the few statements written per dialect). */
export const dialectOf = (db: Kysely<Database>): DialectKind => dialects.get(db) ?? 'sqlite';

/**
 * Opens the collector's database: PostgreSQL for a `postgres://` URL, otherwise an
 * SQLite file (the embedded default; `:memory:` for throwaway use). One query layer
 * (Kysely) serves both.
 */
export function openDb(url: string): CollectorDb {
  if (/^postgres(ql)?:\/\//.test(url)) {
    // Sequence numbers and clock offsets are bigint columns; they stay below 2^53.
    pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    dialects.set(db, 'postgres');
    return { db, kind: 'postgres' };
  }
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets exports read while kiosks write; busy_timeout rides out a CLI import.
  sqlite.pragma('journal_mode = WAL');
  // Chosen here, not left to the build (better-sqlite3's default: FULL until the first
  // write, NORMAL after). NORMAL writes each commit to the WAL before a kiosk hears back
  // and syncs the disk at checkpoints (FULL: one fsync per batch, tens of ms on a field
  // laptop's disk). A collector process that crashes loses nothing acknowledged; only a
  // power cut of the machine itself may roll back its last commits, whole (the database
  // stays intact), and then the kiosk's next batch follows a sequence number the
  // collector no longer holds: 409 sequence_gap, and the kiosk sends its records again.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingPrepare(sqlite) }) }),
    kind: 'sqlite',
  };
}
