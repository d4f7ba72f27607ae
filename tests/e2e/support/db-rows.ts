import type { Page } from '@playwright/test';

interface Req<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface Db {
  transaction(names: string[], mode: 'readonly'): { objectStore(name: string): { getAll(): Req<unknown[]> } };
  close(): void;
}
type Idb = { indexedDB: { open(name: string): Req<Db> } };

/** Reads every row of one store of the app's IndexedDB, as the app stored it. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((ok, ko) => {
        const open = (globalThis as unknown as Idb).indexedDB.open('mam-kiosk');
        open.onerror = () => ko(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction([name], 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            ok(req.result as T[]);
          };
          req.onerror = () => ko(new Error(String(req.error)));
        };
      }),
    store,
  );
}

export interface StoredEvent {
  type: string;
  at: string;
  data: Record<string, unknown>;
}

/** The audit trail's event types in the order they happened. */
export async function eventTypes(page: Page): Promise<string[]> {
  const rows = await readStore<StoredEvent & { id: string }>(page, 'events');
  return rows
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => (e.type === 'phase' ? `phase:${String(e.data.to)}` : e.type));
}
