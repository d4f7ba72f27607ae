import { connect, type Socket } from 'node:net';
import { describe, expect, test } from 'vitest';
import { importBundle } from '../../../server/src/bundle/import';
import { changeSchema } from '../../../src/shared/sync-protocol';
import { sealBundle } from '../../../src/shared/sync-bundle';
import { KINDS, useCollector, usePostgresCluster } from './dialects';
import { batch, changes, question, screening } from './fixtures';
import { call, enrollDevice, storedRecords, type Collector } from './harness';

usePostgresCluster();

const ROUNDS = 20;

describe.each(KINDS)('collector under concurrency on %s', (kind) => {
  const collector = useCollector(kind);

  test('four simultaneous batches of the same 30 screenings, two in each order, all succeed', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    // Long notes (as a facilitator may write) keep each write busy long enough for the batches to overlap.
    const notes = (i: number) =>
      Array.from({ length: 2000 }, (_, j) => ((i * 7919 + j * 104729) % 99991).toString(36)).join(' ');
    const base = Array.from({ length: 30 }, (_, i) => screening('KIOSK-A', 1, { notes: notes(i) }));
    for (let rev = 1; rev <= ROUNDS; rev++) {
      const rows = base.map((s) => ({ ...s, rev, updatedAt: new Date(Date.UTC(2026, 5, 6, 19, rev)).toISOString() }));
      const forward = changes('screenings', rows, (rev - 1) * 30 + 1);
      const reverse = [...forward].reverse();
      const answers = await Promise.all(
        [forward, reverse, forward, reverse].map((list) => call(c, 'POST', '/v1/batches', dev.token, batch(list))),
      );
      expect(answers.map((a) => [a.status, a.body.error ?? null])).toEqual(Array(4).fill([200, null]));
      // The four carried the same records: exactly one of them applied them.
      expect(answers.reduce((n, a) => n + Number(a.body.applied), 0)).toBe(30);
    }
    expect(await storedRecords(c)).toEqual(base.map((s) => `screenings/${s.id}@${ROUNDS}`).sort());
    const device = await c.conn.db.selectFrom('devices').select('last_seq').executeTakeFirstOrThrow();
    expect(Number(device.last_seq)).toBe(ROUNDS * 30);
  });

  test("a USB bundle follows the same ownership rules: no other kiosk's screening, no claim to be it", async () => {
    const c = collector();
    const a = await enrollDevice(c, 'KIOSK-A');
    const b = await enrollDevice(c, 'KIOSK-B');
    const s = screening('KIOSK-A');
    await call(c, 'POST', '/v1/batches', a.token, batch(changes('screenings', [s], 1)));
    const seal = (list: ReturnType<typeof changes>) =>
      sealBundle(
        { deviceId: b.deviceId, changes: list.map((ch) => changeSchema.parse(ch)), blobs: [] },
        b.bundleKey,
        new Date().toISOString(),
      );
    const intrude = await seal(changes('questions', [question(s.id)], 1));
    await expect(importBundle(c.conn.db, intrude)).rejects.toMatchObject({ code: 'foreign_record' });
    const claim = await seal(changes('screenings', [screening('KIOSK-A')], 1));
    await expect(importBundle(c.conn.db, claim)).rejects.toMatchObject({ code: 'foreign_record' });
    expect(await storedRecords(c)).toEqual([`screenings/${s.id}@1`]);
  });
});

/** Opens a raw socket and resolves when the collector closes it, with what it answered. */
function rawClient(c: Collector): { socket: Socket; closed: Promise<{ ms: number; answer: string }> } {
  const { port } = new URL(c.url);
  const socket = connect(Number(port), '127.0.0.1');
  const start = Date.now();
  let answer = '';
  socket.on('data', (d: Buffer) => (answer += d.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<{ ms: number; answer: string }>((ok) =>
    socket.on('close', () => ok({ ms: Date.now() - start, answer })),
  );
  return { socket, closed };
}

describe('slow clients are cut off', () => {
  const limits = { requestTimeoutMs: 1500, headersTimeoutMs: 800, idleTimeoutMs: 1000, maxConnections: 4 };
  const collector = useCollector('sqlite', undefined, { limits });

  test('a body trickled a byte at a time, headers trickled, and a silent connection are all closed', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const body = rawClient(c);
    body.socket.write(
      `POST /v1/batches HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${dev.token}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
    );
    const headers = rawClient(c);
    headers.socket.write('GET /v1/state HTTP/1.1\r\n');
    // Traffic every 200 ms keeps both sockets busy: only the request and header timeouts can end them.
    const trickle = setInterval(() => {
      if (!body.socket.destroyed) body.socket.write(' ');
      if (!headers.socket.destroyed) headers.socket.write('X-Slow: 1\r\n');
    }, 200);
    const silent = rawClient(c);
    try {
      const [b, h, s] = await Promise.all([body.closed, headers.closed, silent.closed]);
      expect(b.answer).toMatch(/^HTTP\/1\.1 408/);
      expect(b.ms).toBeLessThan(6000);
      expect(h.answer).toMatch(/^HTTP\/1\.1 408/);
      expect(h.ms).toBeLessThan(6000);
      expect(s.answer).toMatch(/^(HTTP\/1\.1 408|)/);
      expect(s.ms).toBeLessThan(6000);
    } finally {
      clearInterval(trickle);
    }
  });

  test('connections beyond the cap are refused while the first ones are held open', async () => {
    const c = collector();
    const held = Array.from({ length: 4 }, () => rawClient(c));
    await Promise.all(held.map((h) => new Promise((ok) => h.socket.once('connect', ok))));
    await new Promise((ok) => setTimeout(ok, 100));
    const extra = rawClient(c);
    const refused = await extra.closed;
    expect(refused.answer).toBe('');
    expect(refused.ms).toBeLessThan(800);
    for (const h of held) h.socket.destroy();
  });
});
