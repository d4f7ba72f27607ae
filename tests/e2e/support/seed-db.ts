import { expect, type Page } from '@playwright/test';
import type { Rows } from './report-rows';

// The few IndexedDB shapes used inside the page (the e2e project compiles without DOM types).
interface Req<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface Tx {
  objectStore(name: string): { put(row: unknown): void };
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
  error: unknown;
}
interface Db {
  objectStoreNames: { contains(name: string): boolean };
  transaction(names: string[], mode: 'readwrite'): Tx;
  close(): void;
}
type Idb = { indexedDB: { open(name: string): Req<Db> } };

/**
 * Writes fixture rows straight into the app's IndexedDB (`mam-kiosk`), the way the
 * kiosk would have stored them, then reloads so every live query reads them. The app
 * must have opened (and so created) the database first: open the console before.
 * `reload: false` changes the rows under a page that stays as it is.
 */
export async function seedRows(
  page: Page,
  rows: Partial<Rows> & { settings?: { key: string; value: unknown }[] },
  { reload = true }: { reload?: boolean } = {},
) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((ok) => {
            const req = (globalThis as unknown as Idb).indexedDB.open('mam-kiosk');
            req.onsuccess = () => {
              const has = req.result.objectStoreNames.contains('screenings');
              req.result.close();
              ok(has);
            };
            req.onerror = () => ok(false);
          }),
      ),
    )
    .toBe(true);
  await page.evaluate(async (data) => {
    const db = await new Promise<Db>((ok, ko) => {
      const req = (globalThis as unknown as Idb).indexedDB.open('mam-kiosk');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => ko(new Error(String(req.error)));
    });
    const stores = Object.entries(data).filter(([, list]) => list && list.length > 0);
    const tx = db.transaction(
      stores.map(([name]) => name),
      'readwrite',
    );
    for (const [name, list] of stores) for (const row of list) tx.objectStore(name).put(row);
    await new Promise((ok, ko) => {
      tx.oncomplete = () => ok(undefined);
      tx.onerror = () => ko(new Error(String(tx.error)));
    });
    db.close();
  }, rows);
  if (reload) await page.reload();
}

/** Joins several fixtures into one set of rows. */
export function merge(...parts: Rows[]): Rows {
  return {
    screenings: parts.flatMap((p) => p.screenings),
    questions: parts.flatMap((p) => p.questions),
    pledges: parts.flatMap((p) => p.pledges),
    events: parts.flatMap((p) => p.events),
  };
}
