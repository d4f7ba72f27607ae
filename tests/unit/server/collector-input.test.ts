import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import { KINDS, useCollector, usePostgresCluster } from './dialects';
import { batch, changes, event, question, screening } from './fixtures';
import { call, enrollDevice, storedRecords, type Collector } from './harness';

usePostgresCluster();

/** Streams `mb` megabytes at the collector and resolves with its answer (it must not wait for the end). */
function sendHuge(c: Collector, token: string, mb: number): Promise<{ status: number; body: string }> {
  const url = new URL('/v1/batches', c.url);
  return new Promise((ok, ko) => {
    const req = request(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': mb << 20 },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', ko);
    const chunk = Buffer.alloc(1 << 20, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < mb && !req.destroyed) {
        sent += 1;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

const SQL = `'); DROP TABLE records; --`;

describe.each(KINDS)('collector refuses bad input on %s with a 4xx and a clear body', (kind) => {
  const collector = useCollector(kind);

  test('malformed JSON, a 100 MB body and a batch of 1,000,000 records', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    expect(await call(c, 'POST', '/v1/batches', dev.token, '{"deviceTime": "2026')).toMatchObject({
      status: 400,
      body: { error: 'invalid_request', message: 'The body is not valid JSON.' },
    });
    const huge = await sendHuge(c, dev.token, 100);
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ error: 'body_too_large' });
    const million = `{"deviceTime":"2026-06-06T18:00:00Z","changes":[${Array(1_000_000).fill('{}').join(',')}]}`;
    const many = await call(c, 'POST', '/v1/batches', dev.token, million);
    expect(many).toMatchObject({ status: 413, body: { error: 'body_too_large' } });
    expect(String(many.body.message)).toContain('1000');
  });

  test('unknown tables, unknown fields, over-long fields and mismatched ids', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const [ok] = changes('screenings', [s], 1);
    const e = event(s.id);
    const [ev] = changes('events', [e], 2);
    const cases: [string, unknown][] = [
      ['unknown table', { ...ok, table: 'devices' }],
      ['unknown envelope field', { ...ok, extra: 1 }],
      ['unknown payload field', { ...ok, payload: { ...s, isAdmin: true } }],
      ['over-long notes', { ...ok, payload: { ...s, notes: 'x'.repeat(20_001) } }],
      ['id differs', { ...ok, recordId: 'OTHER' }],
      ['bad rev', { ...ok, rev: -1 }],
      ['bad time', { ...ok, at: 'yesterday' }],
      ['unknown event type', { ...ev, payload: { ...e, type: 'playback', data: { positionSec: 1 } } }],
      ['unknown event detail', { ...ev, payload: { ...e, data: { from: 'screening', to: 'debate', x: 1 } } }],
      ['event detail of another type', { ...ev, payload: { ...e, data: { positionSec: 12 } } }],
    ];
    for (const [what, change] of cases) {
      const r = await call(c, 'POST', '/v1/batches', dev.token, {
        deviceTime: new Date().toISOString(),
        changes: [change],
      });
      expect(r.status, what).toBe(400);
      expect(r.body.error, what).toBe('invalid_request');
      expect(String(r.body.message).length, what).toBeGreaterThan(5);
    }
    const badClock = await call(c, 'POST', '/v1/batches', dev.token, { deviceTime: 'not a time', changes: [ok] });
    expect(badClock.status).toBe(400);
    expect(await storedRecords(c)).toEqual([]);
  });

  test('SQL in every text field is stored as text and harms nothing', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const place = { town: SQL, venue: SQL, region: SQL, country: SQL };
    const s = screening('KIOSK-A', 1, { place, filmId: SQL, facilitators: [SQL], panelists: [SQL], notes: SQL });
    const q = question(s.id, { text: SQL, askerName: SQL, panelist: SQL, dismissReason: SQL });
    const r = await call(
      c,
      'POST',
      '/v1/batches',
      dev.token,
      batch([...changes('screenings', [s], 1), ...changes('questions', [q], 2)]),
    );
    expect(r.status).toBe(200);
    const rows = await c.conn.db.selectFrom('records').select(['payload']).orderBy('id').execute();
    expect(rows.map((x) => JSON.parse(x.payload) as unknown)).toEqual([q, s]);
    const devices = await c.conn.db.selectFrom('devices').select('id').execute();
    expect(devices).toHaveLength(1);
  });

  test('audio: a wrong hash, a bad hash in the path, an empty body and a wrong type', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const put = (path: string, body: string | null, type = 'audio/webm') =>
      fetch(`${c.url}${path}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${dev.token}`, 'content-type': type },
        body,
      });
    expect((await put(`/v1/blobs/${'0'.repeat(64)}`, 'abc')).status).toBe(400);
    expect((await put(`/v1/blobs/../../etc/passwd`, 'abc')).status).toBe(404);
    expect((await put(`/v1/blobs/${SQL}`, 'abc')).status).toBe(400);
    expect((await put(`/v1/blobs/${'0'.repeat(64)}`, null)).status).toBe(400);
    expect((await put(`/v1/blobs/${'0'.repeat(64)}`, 'abc', 'text/html')).status).toBe(415);
    expect(await c.conn.db.selectFrom('blobs').select('hash').execute()).toEqual([]);
  });
});

describe('collector limits', () => {
  const collector = useCollector('sqlite', 5);

  test('a device that asks too often is told to wait (429), not failed', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await call(c, 'GET', '/v1/state', dev.token)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const limited = await call(c, 'GET', '/v1/state', dev.token);
    expect(limited).toMatchObject({ status: 429, body: { error: 'rate_limited' } });
  });

  test('CORS answers the kiosk origins and no one else, never with credentials', async () => {
    const c = collector();
    const preflight = (origin: string) =>
      fetch(`${c.url}/v1/batches`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
    const kiosk = await preflight('kiosk://app');
    expect(kiosk.headers.get('access-control-allow-origin')).toBe('kiosk://app');
    expect(kiosk.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await preflight('http://127.0.0.1:5203')).headers.get('access-control-allow-origin')).toBe(
      'http://127.0.0.1:5203',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('http://127.0.0.1.evil.example:80')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
