import { expect, type CDPSession, type Page } from '@playwright/test';

/** One small write to a probe database of the origin (never the app's): 'ok' or the error's name. */
function probe(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((done) => {
        const open = indexedDB.open('quota-probe');
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onerror = () => done(open.error?.name ?? 'error');
        open.onsuccess = () => {
          const tx = open.result.transaction('s', 'readwrite', { durability: 'strict' });
          tx.objectStore('s').put('x'.repeat(4096), Date.now());
          // Closed at once: an open connection keeps the origin's storage (and its idea of the room left) alive.
          tx.oncomplete = () => {
            open.result.close();
            done('ok');
          };
          tx.onabort = () => {
            open.result.close();
            done(tx.error?.name ?? 'aborted');
          };
        };
      }),
  );
}

/**
 * Makes the origin's storage full, as a nearly full laptop disk would (DevTools'
 * quota override), and waits until IndexedDB refuses writes: Chromium caches the room
 * left for a few seconds, so the probe is retried until the refusal shows.
 */
export async function fillStorage(cdp: CDPSession, page: Page): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 1 });
  await expect.poll(() => probe(page), { timeout: 20_000 }).toBe('QuotaExceededError');
}

export async function freeStorage(cdp: CDPSession, page: Page): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin });
  await expect.poll(() => probe(page), { timeout: 20_000 }).toBe('ok');
}
