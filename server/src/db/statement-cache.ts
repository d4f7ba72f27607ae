import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 prepares a statement anew for every query Kysely sends, and preparing a
 * batch's multi-row insert (hundreds of placeholders) costs a good part of running it.
 * The collector sends the same few statement texts over and over (batches are cut into
 * chunks of fixed sizes), so prepared statements are kept by their text. Safe because
 * Kysely's SQLite driver runs one query at a time on its one connection, each to
 * completion (`all` or `run`): a cached statement is never busy when it is reused.
 */
export function cachingPrepare(db: SQLite.Database, max = 200): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(source: string) {
      let stmt = cache.get(source);
      if (stmt) {
        cache.delete(source); // set again below: the map keeps the least recently used first
      } else {
        stmt = db.prepare(source);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
      }
      cache.set(source, stmt);
      return stmt;
    },
  };
}
