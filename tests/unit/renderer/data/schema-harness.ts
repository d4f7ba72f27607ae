import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { setDbForTests } from '../../../../src/renderer/src/data/db';
import { newId } from '../../../../src/renderer/src/data/ids';

/**
 * The pattern every schema version's test follows (Signal's migration tests): open a
 * database with the versions up to n−1, seed rows as that version stored them, close,
 * open it with the app's current class, and check what the upgrade made of them.
 * Each `schema/vN.ts` must have a `schema-vN.test.ts` here (checked by schema-files.test.ts).
 */
export type SchemaFn = (db: Dexie) => void;

export const freshName = (label: string): string => `schema-${label}-${newId()}`;

/** A database at an older version: the schema files that existed then, nothing newer. */
export async function openAt(name: string, versions: readonly SchemaFn[]): Promise<Dexie> {
  const db = new Dexie(name);
  for (const v of versions) v(db);
  await db.open();
  return db;
}

/** Tables and their index specs as IndexedDB reports them after opening. */
export function shape(db: Dexie): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of db.tables) out[t.name] = [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)];
  return out;
}

/**
 * The databases a test opens, closed after each test (an open one would block the next
 * test's upgrade of the same name), with the app's database handle reset.
 */
export function closedAfterEach(): { close(): void }[] {
  const opened: { close(): void }[] = [];
  afterEach(() => {
    opened.splice(0).forEach((db) => db.close());
    setDbForTests(null);
  });
  return opened;
}
