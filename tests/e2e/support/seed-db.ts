import { expect, type Page } from '@playwright/test';
import type { SettingKey, SettingValue } from '../../../src/renderer/src/data/settings';
import { DB_NAME } from '../../../src/renderer/src/data/db-name';
import type { Rows } from './report-rows';

/** A settings row; the key is one the app declares (data/settings). */
export type SeedSetting = { [K in SettingKey]: { key: K; value: SettingValue<K> } }[SettingKey];

/**
 * Writes fixture rows straight into the app's IndexedDB, the way the kiosk would have
 * stored them, then reloads so every live query reads them. The app must have opened
 * (and so created) the database first: open the console before.
 * `reload: false` changes the rows under a page that stays as it is.
 */
export async function seedRows(
  page: Page,
  rows: Partial<Rows> & { settings?: SeedSetting[] },
  { reload = true }: { reload?: boolean } = {},
) {
  await expect
    .poll(() =>
      page.evaluate(
        (name) =>
          new Promise<boolean>((ok) => {
            const req = indexedDB.open(name);
            req.onsuccess = () => {
              const has = req.result.objectStoreNames.contains('screenings');
              req.result.close();
              ok(has);
            };
            req.onerror = () => ok(false);
          }),
        DB_NAME,
      ),
    )
    .toBe(true);
  await page.evaluate(
    async ({ name, data }) => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => ko(new Error(String(req.error)));
      });
      const stores = Object.entries(data).filter(([, list]) => list && list.length > 0);
      // Question counts are derived (the app keeps them with each write it makes): rows
      // written behind its back leave them to be counted again, as after a restore.
      const derived = ['tallies', 'questionSums'].filter((s) => db.objectStoreNames.contains(s));
      const recount = stores.some(([store]) => store === 'questions') && derived.length > 0;
      const tx = db.transaction([...stores.map(([store]) => store), ...(recount ? derived : [])], 'readwrite');
      if (recount) for (const s of derived) tx.objectStore(s).clear();
      for (const [store, list] of stores) for (const row of list) tx.objectStore(store).put(row);
      await new Promise((ok, ko) => {
        tx.oncomplete = () => ok(undefined);
        tx.onerror = () => ko(new Error(String(tx.error)));
      });
      db.close();
    },
    { name: DB_NAME, data: rows },
  );
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
