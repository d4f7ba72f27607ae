import { describe, expect, test } from 'vitest';
import { createEnrollmentCode } from '../../../server/src/auth/devices';
import { importBundle } from '../../../server/src/bundle/import';
import { listScreenings } from '../../../server/src/export/screenings';
import { sealBundle } from '../../../src/shared/sync-bundle';
import { KINDS, useCollector, usePostgresCluster } from './dialects';
import { batch, changes, event, pledge, question, screening } from './fixtures';
import { call, enrollDevice, storedRecords } from './harness';

usePostgresCluster();

const now = () => new Date().toISOString();

/** A batch body, as text, whose one event carries `data` (JSON text) as its detail. */
function eventWithData(data: string): string {
  const e = { seq: 1, table: 'events', recordId: 'E1', rev: 1, at: now() };
  const payload = `{"id":"E1","screeningId":"S1","at":"${now()}","type":"x","data":${data}}`;
  return `{"deviceTime":"${now()}","changes":[${JSON.stringify(e).slice(0, -1)},"payload":${payload}}]}`;
}

const randomToken = () => `${crypto.randomUUID().replace(/-/g, '')}abcdef`;

describe.each(KINDS)('collector under attack on %s', (kind) => {
  const collector = useCollector(kind);

  test('10,000 nested arrays or objects are refused with 400, in a request and in a USB bundle', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const arrays = `{"d":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const objects = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    for (const data of [arrays, objects]) {
      const r = await call(c, 'POST', '/v1/batches', dev.token, eventWithData(data));
      expect(r).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
      expect(String(r.body.message)).toContain('nested deeper');
    }
    // A bundle is sealed with JSON.stringify, so it cannot be 10,000 deep; 1,000 is still far too deep.
    const deep = JSON.parse(eventWithData(`{"d":${'['.repeat(1000)}${']'.repeat(1000)}}`)) as { changes: never[] };
    const file = await sealBundle({ deviceId: dev.deviceId, changes: deep.changes, blobs: [] }, dev.bundleKey, now());
    await expect(importBundle(c.conn.db, file)).rejects.toMatchObject({ code: 'invalid_content' });
    expect(await storedRecords(c)).toEqual([]);
  });

  test('NUL and other control characters are stripped the same way on both databases; line breaks stay', async () => {
    const c = collector();
    const code = await createEnrollmentCode(c.conn.db, 'Kolda');
    const enrolled = await call(c, 'POST', '/v1/enroll', null, { code, kioskId: 'KIOSK-A', label: 'Kolda\u0000Nord' });
    expect(enrolled.status).toBe(201);
    const token = String(enrolled.body.token);
    const labels = await c.conn.db.selectFrom('devices').select('label').execute();
    expect(labels).toEqual([{ label: 'KoldaNord' }]);
    const s = screening('KIOSK-A', 1, { notes: 'Dé\u0000bat\u001b[31m\r\nligne 2\tfin\u0007' });
    const q = question(s.id, { text: 'Naka\u0000 lañu?\nYow\u0085' });
    const dismissed = {
      questionId: q.id,
      action: 'dismiss',
      from: 'pending',
      to: 'dismissed',
      reason: 'hors\u0000 sujet\u0007',
    };
    const e = { ...event(s.id), type: 'moderation', data: dismissed };
    const list = [...changes('screenings', [s], 1), ...changes('questions', [q], 2), ...changes('events', [e], 3)];
    expect((await call(c, 'POST', '/v1/batches', token, batch(list))).status).toBe(200);
    const rows = await c.conn.db.selectFrom('records').select(['tbl', 'payload']).orderBy('tbl').execute();
    const [events, questions, screenings] = rows.map((r) => JSON.parse(r.payload) as Record<string, unknown>);
    expect(screenings!.notes).toBe('Débat[31m\nligne 2\tfin');
    expect(questions!.text).toBe('Naka lañu?\nYow');
    expect(events!.data).toEqual({ ...dismissed, reason: 'hors sujet' });
  });

  test("a kiosk cannot file its questions, pledges or events under another kiosk's screening", async () => {
    const c = collector();
    const a = await enrollDevice(c, 'KIOSK-A');
    const b = await enrollDevice(c, 'KIOSK-B');
    const s = screening('KIOSK-A');
    await call(c, 'POST', '/v1/batches', a.token, batch(changes('screenings', [s], 1)));
    const intrusions = [
      changes('questions', [question(s.id)], 1),
      changes('pledges', [pledge(s.id)], 1),
      changes('events', [event(s.id)], 1),
    ];
    for (const list of intrusions) {
      const r = await call(c, 'POST', '/v1/batches', b.token, batch(list));
      expect(r).toMatchObject({ status: 403, body: { error: 'forbidden_record' } });
    }
    expect(await storedRecords(c)).toEqual([`screenings/${s.id}@1`]);
    // Rows stored before this rule existed are not counted under another kiosk's screening either.
    const bDevice = await c.conn.db.selectFrom('devices').select('id').where('kiosk_id', '=', 'KIOSK-B').execute();
    const q = question(s.id);
    await c.conn.db
      .insertInto('records')
      .values({
        ...{ tbl: 'questions', id: q.id, kiosk_id: 'KIOSK-B', device_id: bDevice[0]!.id, rev: 1 },
        ...{ payload: JSON.stringify(q), screening_id: s.id, clock_offset_ms: null, received_at: now() },
      })
      .execute();
    expect((await listScreenings(c.conn.db)).map((r) => [r.id, r.questions])).toEqual([[s.id, 0]]);
  });

  test('a kiosk cannot claim to be another, in a screening or by enrolling as it', async () => {
    const c = collector();
    await enrollDevice(c, 'KIOSK-A');
    const b = await enrollDevice(c, 'KIOSK-B');
    const claim = await call(
      c,
      'POST',
      '/v1/batches',
      b.token,
      batch(changes('screenings', [screening('KIOSK-A')], 1)),
    );
    expect(claim).toMatchObject({ status: 403, body: { error: 'forbidden_record' } });
    const plain = await createEnrollmentCode(c.conn.db, 'any');
    const asA = await call(c, 'POST', '/v1/enroll', null, { code: plain, kioskId: 'KIOSK-A' });
    expect(asA).toMatchObject({ status: 403, body: { error: 'kiosk_enrolled' } });
    const forB = await createEnrollmentCode(c.conn.db, 'B again', 72, 'KIOSK-B');
    expect((await call(c, 'POST', '/v1/enroll', null, { code: forB, kioskId: 'KIOSK-A' })).status).toBe(403);
    // Staff made a code for KIOSK-A: it enrolls again and carries on with its own records.
    const again = await enrollDevice(c, 'KIOSK-A', 'KIOSK-A');
    const s = screening('KIOSK-A');
    expect((await call(c, 'POST', '/v1/batches', again.token, batch(changes('screenings', [s], 1)))).status).toBe(200);
    // The unspent plain code still enrolls a new kiosk.
    expect((await call(c, 'POST', '/v1/enroll', null, { code: plain, kioskId: 'KIOSK-C' })).status).toBe(201);
  });

  test('a batch that follows a change the collector never applied is refused with 409 and its lastSeq', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const [s1, s2, s3] = [screening('KIOSK-A'), screening('KIOSK-A'), screening('KIOSK-A')];
    const send = (body: object) => call(c, 'POST', '/v1/batches', dev.token, body);
    expect(await send({ ...batch(changes('screenings', [s1], 1)), follows: 0 })).toMatchObject({ status: 200 });
    const gap = await send({ ...batch(changes('screenings', [s3], 6)), follows: 5 });
    expect(gap).toMatchObject({ status: 409, body: { error: 'sequence_gap', lastSeq: 1 } });
    // A replay and an overlap stay idempotent; an older kiosk without `follows` still syncs.
    expect(await send({ ...batch(changes('screenings', [s1], 1)), follows: 0 })).toMatchObject({
      status: 200,
      body: { applied: 0, lastSeq: 1 },
    });
    expect(await send({ ...batch(changes('screenings', [s1, s2], 1)), follows: 1 })).toMatchObject({
      status: 200,
      body: { applied: 1, lastSeq: 2 },
    });
    expect(await send(batch(changes('screenings', [s3], 6)))).toMatchObject({ status: 200, body: { lastSeq: 6 } });
    expect(await storedRecords(c)).toEqual([s1, s2, s3].map((s) => `screenings/${s.id}@1`).sort());
  });
});

describe.each(KINDS)('collector limits by address on %s', (kind) => {
  const collector = useCollector(kind, undefined, { enrollPerMinute: 5, limits: { authFailuresPerMinute: 5 } });

  test('enrollment guesses are limited by address, whatever made-up token they carry', async () => {
    const c = collector();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await call(c, 'POST', '/v1/enroll', randomToken(), { code: `GUESS-${i}AAA-BBBB`, kioskId: `K${i}` });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429, 429]);
  });

  test('an address presenting unknown or revoked tokens is told to wait after a few', async () => {
    const c = collector();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await call(c, 'GET', '/v1/state', randomToken())).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});
