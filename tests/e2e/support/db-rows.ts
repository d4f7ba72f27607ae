import type { Page } from '@playwright/test';
import type { KioskTables } from '../../../src/renderer/src/data/types';
import { DB_NAME } from '../../../src/renderer/src/data/db-name';

/** Reads every row of one store of the app's IndexedDB, as the app stored it. */
export async function readStore<S extends keyof KioskTables>(page: Page, store: S): Promise<KioskTables[S][]> {
  return page.evaluate(
    ({ name, store }) =>
      new Promise<KioskTables[S][]>((ok, ko) => {
        const open = indexedDB.open(name);
        open.onerror = () => ko(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction([store], 'readonly').objectStore(store).getAll();
          req.onsuccess = () => {
            db.close();
            ok(req.result as KioskTables[S][]);
          };
          req.onerror = () => ko(new Error(String(req.error)));
        };
      }),
    { name: DB_NAME, store },
  );
}

/** The audit trail's event types in the order they happened. */
export async function eventTypes(page: Page): Promise<string[]> {
  const rows = await readStore(page, 'events');
  return rows
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => (e.type === 'phase' ? `phase:${String(e.data.to)}` : e.type));
}
