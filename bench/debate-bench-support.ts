/**
 * In-page helpers for bench/debate.bench.ts. Every time is taken inside a page as
 * performance.timeOrigin + performance.now(): one clock for all windows of a browser,
 * with no Playwright round trip inside what is measured.
 */
import type { Page } from '@playwright/test';

/** What the helpers leave on the page's global object. */
type W = typeof globalThis & {
  __seen: Map<string, number>;
  __waitFor(key: string): Promise<number>;
  __raw: IDBDatabase;
  __queueReady?: number;
};

/**
 * Records when each text first appears in elements matching `selector` (a
 * MutationObserver), and offers `__waitFor(text)` resolving with that time.
 */
export async function watchTexts(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = globalThis as W;
    const seen = new Map<string, number>();
    const waiting = new Map<string, (t: number) => void>();
    const scan = () => {
      const t = w.performance.timeOrigin + w.performance.now();
      for (const el of w.document.querySelectorAll(sel)) {
        const text = el.textContent ?? '';
        if (seen.has(text)) continue;
        seen.set(text, t);
        waiting.get(text)?.(t);
      }
    };
    new w.MutationObserver(scan).observe(w.document.body, { subtree: true, childList: true, characterData: true });
    scan();
    w.__seen = seen;
    // Each promise handed out is kept here: the DevTools protocol holds an awaited promise
    // weakly, and V8 collected one nobody else held ("Resulting promise was garbage collected").
    const held = new Map<string, Promise<number>>();
    w.__waitFor = (text) => {
      if (seen.has(text)) return Promise.resolve(seen.get(text)!);
      const kept = held.get(text) ?? new Promise<number>((ok) => waiting.set(text, ok));
      held.set(text, kept);
      return kept;
    };
  }, selector);
}

/** When a watched text appeared in this page. */
export const seenAt = (page: Page, text: string) => page.evaluate((t) => (globalThis as W).__waitFor(t), text);

/** Console: waits for the question in the queue, then clicks its "Projeter"; returns both times. */
export async function projectFromConsole(console: Page, text: string): Promise<{ seen: number; projected: number }> {
  return console.evaluate(async (t) => {
    const w = globalThis as W;
    const seen = await w.__waitFor(t);
    const body = [...w.document.querySelectorAll('.q-body__text')].find((el) => el.textContent === t)!;
    const row = body.closest('li')!;
    const button = [...row.querySelectorAll('button')].find((b) =>
      (b.textContent ?? '').trim().startsWith('Projeter'),
    )!;
    const projected = w.performance.timeOrigin + w.performance.now();
    button.click();
    return { seen, projected };
  }, text);
}

/**
 * The floor under both paths: one window writes a record to a raw IndexedDB database
 * (strict durability, as the app), tells the other over a BroadcastChannel, and the other
 * reads it back. Returns write-start → read-done for each of `n` records, in ms.
 */
export async function baseline(writer: Page, reader: Page, n: number): Promise<number[]> {
  const open = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<void>((ok) => {
          const w = globalThis as W;
          const req = w.indexedDB.open('bench-raw');
          req.onupgradeneeded = () => req.result.createObjectStore('rows');
          req.onsuccess = () => {
            w.__raw = req.result;
            ok();
          };
        }),
    );
  await open(writer);
  await open(reader);
  await reader.evaluate(() => {
    const w = globalThis as W;
    const done = new Map<string, number>();
    const waiting = new Map<string, (t: number) => void>();
    new w.BroadcastChannel('bench-raw').onmessage = (e: MessageEvent<string>) => {
      const get = w.__raw.transaction('rows').objectStore('rows').get(e.data);
      get.onsuccess = () => {
        const t = w.performance.timeOrigin + w.performance.now();
        done.set(e.data, t);
        waiting.get(e.data)?.(t);
      };
    };
    w.__waitFor = (key) =>
      done.has(key) ? Promise.resolve(done.get(key)!) : new Promise((ok) => waiting.set(key, ok));
  });
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = `q${i}`;
    const start = await writer.evaluate(
      (k) =>
        new Promise<number>((ok) => {
          const w = globalThis as W;
          const t = w.performance.timeOrigin + w.performance.now();
          const tx = w.__raw.transaction('rows', 'readwrite', { durability: 'strict' });
          tx.objectStore('rows').put({ id: k, text: `Question ${k} : ŋ ë ñ ?`, at: new Date().toISOString() }, k);
          tx.oncomplete = () => {
            new w.BroadcastChannel('bench-raw').postMessage(k);
            ok(t);
          };
        }),
      key,
    );
    out.push((await reader.evaluate((k) => (globalThis as W).__waitFor(k), key)) - start);
  }
  return out;
}

/**
 * Installed before the app loads (addInitScript): records, in ms from navigation start,
 * when the queue first shows `rows` rows and a non-zero pending count.
 */
export function markQueueReady(rows: number): void {
  const w = globalThis as W;
  const check = () => {
    if (w.__queueReady !== undefined || !w.document.body) return;
    const badge = w.document.querySelector('.debate__tabs .badge');
    if ([...w.document.querySelectorAll('.q-list > li')].length >= rows && badge && badge.textContent !== '0')
      w.__queueReady = w.performance.now();
  };
  new w.MutationObserver(check).observe(w.document, { subtree: true, childList: true, characterData: true });
}

/** Reads the time markQueueReady recorded (waits for it if the page is still drawing). */
export const queueReadyAt = (page: Page) =>
  page
    .waitForFunction(() => (globalThis as unknown as { __queueReady?: number }).__queueReady)
    .then((h) => h.jsonValue() as Promise<number>);

/** Approves the first pending row and times until another question has taken its place (ms). */
export function approveFirstRow(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((ok) => {
        const w = globalThis as W;
        const first = () => w.document.querySelector<HTMLElement>('.q-list > li');
        const id = first()!.dataset.questionId;
        const approve = [...first()!.querySelectorAll('button')].find((b) =>
          (b.textContent ?? '').trim().startsWith('Approuver'),
        )!;
        const t0 = w.performance.now();
        const mo = new w.MutationObserver(() => {
          if (first()?.dataset.questionId !== id) {
            mo.disconnect();
            ok(w.performance.now() - t0);
          }
        });
        mo.observe(w.document.body, { subtree: true, childList: true, attributes: true });
        approve.click();
      }),
  );
}

/** The console's DOM size as drawn now: every element of the page. */
export const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

/**
 * From another console section, opens the debate within the running app (no reload, the
 * JavaScript already started) and times until the queue shows `rows` rows and a non-zero
 * pending count: the queue's own first page and counts, without the app's start-up (ms).
 */
export async function openQueueInApp(page: Page, rows: number): Promise<number> {
  await page.evaluate(() => (location.hash = '#/console/sync'));
  await page.waitForFunction(() => !document.querySelector('.debate__queue'));
  return page.evaluate(
    (n) =>
      new Promise<number>((ok) => {
        const w = globalThis as W;
        const t0 = w.performance.now();
        const ready = () => {
          const badge = w.document.querySelector('.debate__tabs .badge');
          return w.document.querySelectorAll('.q-list > li').length >= n && !!badge && badge.textContent !== '0';
        };
        const mo = new w.MutationObserver(() => {
          if (!ready()) return;
          mo.disconnect();
          ok(w.performance.now() - t0);
        });
        mo.observe(w.document.body, { subtree: true, childList: true, characterData: true });
        w.location.hash = '#/console/debate';
      }),
    rows,
  );
}
