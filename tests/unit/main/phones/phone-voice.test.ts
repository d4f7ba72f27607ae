import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PHONE_LIMITS } from '../../../../src/shared/phone-entry';
import { makeVoiceFixtures, type VoiceFixtures } from '../../../support/voice-fixtures';
import { startChild } from './phone-child';
import { openEachTest } from './phone-each';
import { access, PHONE_A, phoneMadeId } from './phone-fixture';
import { upload, uploadStream } from './voice-fixture';

const PORT = 5441;
const t = openEachTest(PORT, 'phone-voice-');
let media: VoiceFixtures;

beforeAll(() => {
  media = makeVoiceFixtures();
});

const kept = () => readdirSync(join(t.dir, 'voice'));

describe('a spoken question from a phone', () => {
  it('keeps a real M4A and Ogg recording, typed by their bytes, until the console stores them', async () => {
    const m4a = readFileSync(media.m4a);
    const ogg = readFileSync(media.ogg);
    const a = phoneMadeId();
    const b = phoneMadeId();
    // The phone's claimed type is not trusted: an Ogg sent as "application/octet-stream".
    expect(await upload(t.url, { id: a, phoneId: PHONE_A }, m4a, 'audio/x-m4a')).toEqual({
      status: 202,
      body: { status: 'queued' },
    });
    expect(
      (await upload(t.url, { id: b, phoneId: PHONE_A, language: 'wo' }, ogg, 'application/octet-stream')).status,
    ).toBe(202);
    const pending = await t.phones.pending();
    expect(pending.map((e) => [e.kind, e.screeningId, e.body.id])).toEqual([
      ['voice', 'SCREENING1', a],
      ['voice', 'SCREENING1', b],
    ]);
    expect(pending[0]!.body).toMatchObject({ language: 'fr', audio: { mime: 'audio/mp4', size: m4a.length } });
    expect(pending[1]!.body).toMatchObject({ language: 'wo', audio: { mime: 'audio/ogg', size: ogg.length } });
    expect(Buffer.from((await t.phones.audio(a))!).equals(m4a)).toBe(true);
    expect(kept().sort()).toEqual([a, b].sort());

    await t.phones.ack([a, b]);
    expect(await t.phones.audio(a)).toBeNull();
    expect(kept()).toEqual([]);
    expect(await t.phones.pending()).toEqual([]);
  });

  it('refuses a photo or a text file renamed .m4a, plainly, and keeps nothing', async () => {
    for (const file of [media.pngAsM4a, media.textAsM4a]) {
      const r = await upload(t.url, { id: phoneMadeId(), phoneId: PHONE_A }, readFileSync(file));
      expect(r).toEqual({ status: 415, body: { error: 'not_audio' } });
    }
    expect((await upload(t.url, { id: phoneMadeId(), phoneId: PHONE_A }, new Uint8Array())).body).toEqual({
      error: 'empty',
    });
    expect(await t.phones.pending()).toEqual([]);
    expect(kept()).toEqual([]);
  });

  it('turns a 200 MB file away on its Content-Length, and a longer stream at the limit', async () => {
    const query = new URLSearchParams({ id: phoneMadeId(), phoneId: PHONE_A, language: 'fr' }).toString();
    const declared = await uploadStream(t.url, query, 3200, 200 * 1024 * 1024);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({ error: 'too_large' });
    expect(declared.sentBytes).toBeLessThan(PHONE_LIMITS.voiceBytes);

    // No size announced (chunked): counted as it streams, stopped just past the limit.
    const chunked = await uploadStream(t.url, query, 3200);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toEqual({ error: 'too_large' });
    expect(await t.phones.pending()).toEqual([]);
    expect(kept()).toEqual([]);
  });

  it('applies a resend once, and a resend after the console stored it keeps no second copy', async () => {
    const bytes = readFileSync(media.ogg);
    const q = { id: phoneMadeId(), phoneId: PHONE_A };
    expect((await upload(t.url, q, bytes)).body).toEqual({ status: 'queued' });
    expect((await upload(t.url, q, bytes)).body).toEqual({ status: 'queued' });
    expect(await t.phones.pending()).toHaveLength(1);
    await t.phones.ack([q.id]);
    expect((await upload(t.url, q, bytes)).body).toEqual({ status: 'saved' });
    expect(await t.phones.pending()).toEqual([]);
    expect(kept()).toEqual([]);
  });

  it('refuses a dead link and bad ids before reading the recording', async () => {
    const bytes = readFileSync(media.ogg);
    const dead = t.url.replace(/\/[a-z2-9]{8}$/, '/abcdefgh');
    expect((await upload(dead, { id: phoneMadeId(), phoneId: PHONE_A }, bytes)).body).toEqual({ error: 'dead_link' });
    expect((await upload(t.url, { id: 'a b', phoneId: PHONE_A }, bytes)).status).toBe(400);
    expect((await upload(t.url, { id: phoneMadeId(), phoneId: 'short' }, bytes)).status).toBe(400);
    expect(await t.phones.pending()).toEqual([]);
  });
});

describe('a spoken question across a crash', () => {
  it('keeps a recording journaled but never acknowledged when the process was killed, and drains it once', async () => {
    const crashDir = mkdtempSync(join(tmpdir(), 'phone-voice-crash-'));
    try {
      const child = await startChild(crashDir, PORT + 1);
      const bytes = readFileSync(media.m4a);
      const q = { id: phoneMadeId(), phoneId: PHONE_A };
      expect((await upload(child.url, q, bytes)).body).toEqual({ status: 'queued' });
      await child.kill();

      const restarted = access(crashDir, PORT + 1);
      const pending = await restarted.pending();
      expect(pending.map((e) => [e.kind, e.body.id])).toEqual([['voice', q.id]]);
      expect(Buffer.from((await restarted.audio(q.id))!).equals(bytes)).toBe(true);
      await restarted.ack([q.id]);
      await restarted.close();
      const again = access(crashDir, PORT + 1);
      expect(await again.pending()).toEqual([]);
      expect(await again.audio(q.id)).toBeNull();
      await again.close();
    } finally {
      rmSync(crashDir, { recursive: true, force: true });
    }
  }, 30_000);
});
