import type { Page } from '@playwright/test';
import type { KioskEvent, OutboxEntry } from '../src/renderer/src/data/types';
import { DB_NAME } from '../src/renderer/src/data/db-name';

export type OutboxRow = Extract<OutboxEntry, { table: 'events' }> & { seq: number };

/** `n` playback events of one evening and their outbox entries, as the kiosk writes them. */
export function pendingEvents(n: number, prefix = 'A'): OutboxRow[] {
  const t0 = Date.parse('2026-06-06T18:00:00.000Z');
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(t0 + i * 1000).toISOString();
    const id = `01BENCH${prefix}${String(i).padStart(12, '0')}`;
    const payload: KioskEvent = {
      id,
      screeningId: '01BENCHSCREENING0000000000',
      at,
      type: i % 2 ? 'pause' : 'play',
      data: { positionSec: i % 2700 },
    };
    return { seq: i + 1, table: 'events', recordId: id, rev: 1, payload, at };
  });
}

/** The request bodies the engine sends for these rows (batches of `size`, in order). */
export function bodiesFor(rows: OutboxRow[], size = 1000): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += size) {
    out.push(JSON.stringify({ deviceTime: new Date().toISOString(), changes: rows.slice(i, i + size) }));
  }
  return out;
}

/** POSTs each body in turn, as the single-flight engine does; returns each request's time. */
export async function postAll(url: string, bodies: string[], token: string): Promise<number[]> {
  const times: number[] = [];
  for (const body of bodies) {
    const t0 = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    times.push(performance.now() - t0);
  }
  return times;
}

/** Writes events and their outbox entries straight into the kiosk's IndexedDB. */
export async function seedOutbox(page: Page, rows: OutboxRow[]): Promise<void> {
  await page.evaluate(
    async ({ list, name }) => {
      const req = indexedDB.open(name);
      await new Promise((ok, ko) => {
        req.onsuccess = () => ok(undefined);
        req.onerror = () => ko(new Error('open'));
      });
      const tx = req.result.transaction(['events', 'outbox'], 'readwrite');
      for (const r of list) {
        tx.objectStore('events').put(r.payload);
        tx.objectStore('outbox').put(r);
      }
      await new Promise((ok, ko) => {
        tx.oncomplete = () => ok(undefined);
        tx.onerror = () => ko(new Error('seed'));
      });
      req.result.close();
    },
    { list: rows, name: DB_NAME },
  );
}

/** Installed before the page loads: records every frame interval (requestAnimationFrame). */
export const FRAME_RECORDER = `
  window.__frames = [];
  let last = performance.now();
  const tick = (now) => { window.__frames.push(now - last); last = now; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

/** Frame intervals recorded since the last call (and starts a new recording). */
export async function takeFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as { __frames: number[] };
    const out = w.__frames;
    w.__frames = [];
    return out;
  });
}
