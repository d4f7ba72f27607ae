import { describe, expect, test } from 'vitest';
import { revokeDevice } from '../../../server/src/auth/devices';
import { listScreenings, screeningsCsv, screeningsJson } from '../../../server/src/export/screenings';
import { KINDS, useCollector, usePostgresCluster } from './dialects';
import { batch, changes, event, question, screening } from './fixtures';
import { call, enrollDevice, storedRecords } from './harness';

usePostgresCluster();

describe.each(KINDS)('collector sync on %s', (kind) => {
  const collector = useCollector(kind);

  test('a batch sent twice leaves exactly one copy of each record', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const list = [...changes('screenings', [s], 1), ...changes('questions', [question(s.id), question(s.id)], 2)];
    const first = await call(c, 'POST', '/v1/batches', dev.token, batch(list));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ lastSeq: 3, applied: 3, missingBlobs: [] });
    const again = await call(c, 'POST', '/v1/batches', dev.token, batch(list));
    expect(again.body).toMatchObject({ lastSeq: 3, applied: 0 });
    expect(await storedRecords(c)).toHaveLength(3);
  });

  test('batches out of order keep the newest revision and the highest sequence', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s1 = screening('KIOSK-A', 1);
    const s2 = { ...s1, rev: 2, notes: 'second' };
    const s3 = { ...s1, rev: 3, notes: 'third' };
    const early = changes('screenings', [s1, s2], 1);
    const late = changes('screenings', [s3], 3);
    expect((await call(c, 'POST', '/v1/batches', dev.token, batch(late))).body).toMatchObject({ applied: 1 });
    expect((await call(c, 'POST', '/v1/batches', dev.token, batch(early))).body).toMatchObject({
      applied: 0,
      lastSeq: 3,
    });
    const row = await c.conn.db.selectFrom('records').selectAll().executeTakeFirstOrThrow();
    expect(row.rev).toBe(3);
    expect(JSON.parse(row.payload)).toMatchObject({ notes: 'third' });
  });

  test('a batch cut in the middle and sent again in full leaves one copy of each', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const list = [...changes('screenings', [s], 1), ...changes('events', [event(s.id), event(s.id), event(s.id)], 2)];
    await call(c, 'POST', '/v1/batches', dev.token, batch(list.slice(0, 2)));
    const full = await call(c, 'POST', '/v1/batches', dev.token, batch(list));
    expect(full.body).toMatchObject({ applied: 2, lastSeq: 4 });
    expect(await storedRecords(c)).toEqual(list.map((x) => `${x.table}/${x.recordId}@${x.rev}`).sort());
  });

  test('the device clock offset is recorded at each sync, even at 1970 and 2099', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const r1970 = await call(
      c,
      'POST',
      '/v1/batches',
      dev.token,
      batch(changes('screenings', [s], 1), '1970-01-01T00:00:00.000Z'),
    );
    expect(r1970.status).toBe(200);
    expect(r1970.body.clockOffsetMs as number).toBeLessThan(-50 * 365 * 86400_000);
    const r2099 = await call(
      c,
      'POST',
      '/v1/batches',
      dev.token,
      batch(changes('events', [event(s.id)], 2), '2099-06-01T12:00:00.000Z'),
    );
    expect(r2099.body.clockOffsetMs as number).toBeGreaterThan(70 * 365 * 86400_000);
    const log = await c.conn.db
      .selectFrom('sync_log')
      .select(['device_time', 'clock_offset_ms'])
      .orderBy('at')
      .execute();
    expect(log.map((l) => l.device_time)).toEqual(['1970-01-01T00:00:00.000Z', '2099-06-01T12:00:00.000Z']);
    const device = await c.conn.db.selectFrom('devices').select('clock_offset_ms').executeTakeFirstOrThrow();
    expect(Number(device.clock_offset_ms)).toBe(r2099.body.clockOffsetMs);
  });

  test('audio is asked for, verified by sha-256 on receipt, and stored once', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const audio = new TextEncoder().encode('RIFF fake but real bytes of a recording');
    const hash = Buffer.from(await crypto.subtle.digest('SHA-256', audio)).toString('hex');
    const s = screening('KIOSK-A');
    const list = [...changes('screenings', [s], 1), ...changes('questions', [question(s.id, { audioHash: hash })], 2)];
    expect((await call(c, 'POST', '/v1/batches', dev.token, batch(list))).body.missingBlobs).toEqual([hash]);
    const put = (bytes: Uint8Array, h = hash) =>
      fetch(`${c.url}/v1/blobs/${h}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${dev.token}`, 'content-type': 'audio/webm' },
        body: bytes,
      });
    const wrong = await put(new TextEncoder().encode('other bytes'));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'hash_mismatch' });
    expect((await put(audio)).status).toBe(201);
    expect((await put(audio)).status).toBe(200);
    expect((await call(c, 'POST', '/v1/batches', dev.token, batch(list))).body.missingBlobs).toEqual([]);
    const blobs = await c.conn.db.selectFrom('blobs').select(['hash', 'size', 'mime', 'data']).execute();
    expect(blobs).toHaveLength(1);
    expect(Buffer.from(blobs[0]!.data).equals(Buffer.from(audio))).toBe(true);
    expect(blobs[0]!.mime).toBe('audio/webm');
  });

  test('auth: no token, a wrong token and a revoked token are refused on every route', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const body = batch(changes('screenings', [screening('KIOSK-A')], 1));
    const routes: [string, string, unknown][] = [
      ['GET', '/v1/state', undefined],
      ['POST', '/v1/batches', body],
      ['PUT', `/v1/blobs/${'a'.repeat(64)}`, 'x'],
    ];
    for (const [method, path, b] of routes) {
      expect((await call(c, method, path, null, b)).body).toMatchObject({ error: 'unauthorized' });
      expect((await call(c, method, path, 'x'.repeat(43), b)).status).toBe(401);
    }
    expect((await call(c, 'GET', '/v1/state', dev.token)).status).toBe(200);
    expect(await revokeDevice(c.conn.db, dev.deviceId)).toBe(true);
    for (const [method, path, b] of routes) {
      const r = await call(c, method, path, dev.token, b);
      expect(r.status).toBe(401);
      expect(r.body.error).toBe('token_revoked');
    }
    expect(await storedRecords(c)).toEqual([]);
  });

  test("a device cannot write another kiosk's records, and the whole batch is refused", async () => {
    const c = collector();
    const a = await enrollDevice(c, 'KIOSK-A');
    const b = await enrollDevice(c, 'KIOSK-B');
    const s = screening('KIOSK-A');
    await call(c, 'POST', '/v1/batches', a.token, batch(changes('screenings', [s], 1)));
    const hijack = { ...s, rev: 9, notes: 'overwritten' };
    const mine = screening('KIOSK-B');
    const r = await call(c, 'POST', '/v1/batches', b.token, batch(changes('screenings', [mine, hijack], 1)));
    expect(r.status).toBe(403);
    expect(r.body.error).toBe('forbidden_record');
    expect(await storedRecords(c)).toEqual([`screenings/${s.id}@1`]);
  });

  test('an enrollment code works once, and a made-up one never', async () => {
    const c = collector();
    const { createEnrollmentCode } = await import('../../../server/src/auth/devices');
    const code = await createEnrollmentCode(c.conn.db, 'Kolda');
    const typed = code.toLowerCase().replace(/-/g, ' ');
    const first = await call(c, 'POST', '/v1/enroll', null, { code: typed, kioskId: 'KIOSK-A' });
    expect(first.status).toBe(201);
    const reuse = await call(c, 'POST', '/v1/enroll', null, { code, kioskId: 'KIOSK-B' });
    expect(reuse).toMatchObject({ status: 403, body: { error: 'invalid_code' } });
    expect((await call(c, 'POST', '/v1/enroll', null, { code: 'AAAA-BBBB-CCCC', kioskId: 'K' })).status).toBe(403);
  });

  test('staff list and export screenings across kiosks, with corrected times; contacts only when asked', async () => {
    const c = collector();
    const a = await enrollDevice(c, 'KIOSK-A');
    const b = await enrollDevice(c, 'KIOSK-B');
    const sa = screening('KIOSK-A', 1, { date: '2026-06-06' });
    const sb = screening('KIOSK-B', 1, {
      date: '2026-07-01',
      place: { town: '=HYPERLINK("x")', venue: 'Foyer', region: 'Thiès', country: 'Sénégal' },
    });
    const pledge = {
      id: 'P0000001',
      rev: 1,
      createdAt: sa.createdAt,
      updatedAt: sa.createdAt,
      screeningId: sa.id,
      kind: 'own_story',
      text: 'Dinaa wax',
      language: 'wo',
      contact: { name: 'Fatou Sow', phone: '+221771234567', consentVersion: 'v1', consentAt: sa.createdAt },
      followUp: 'to_contact',
    };
    const slow = new Date(Date.now() - 3600_000).toISOString(); // kiosk A's clock is one hour slow
    await call(
      c,
      'POST',
      '/v1/batches',
      a.token,
      batch([...changes('screenings', [sa], 1), ...changes('pledges', [pledge], 2)], slow),
    );
    await call(c, 'POST', '/v1/batches', b.token, batch(changes('screenings', [sb], 1)));
    const rows = await listScreenings(c.conn.db);
    expect(rows.map((r) => [r.kioskId, r.pledges])).toEqual([
      ['KIOSK-B', 0],
      ['KIOSK-A', 1],
    ]);
    expect(rows[1]!.clockOffsetMinutes).toBe(-60);
    expect(Date.parse(rows[1]!.startedAtCorrected) - Date.parse(sa.startedAt)).toBeGreaterThan(3590_000);
    const csv = screeningsCsv(rows);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`); // a spreadsheet shows it, never runs it
    const json = await screeningsJson(c.conn.db);
    expect(JSON.stringify(json)).not.toContain('Fatou Sow');
    expect(JSON.stringify(await screeningsJson(c.conn.db, true))).toContain('Fatou Sow');
  });
});
