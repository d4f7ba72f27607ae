import { beforeEach, describe, expect, it } from 'vitest';
import type { PhoneEntry } from '../../../src/shared/phone-entry';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { getBlob, sha256Hex } from '../../../src/renderer/src/data/repos/blobs';
import { applyPhoneEntries } from '../../../src/renderer/src/data/repos/phone-entries';
import { questionsByStatus } from '../../../src/renderer/src/data/repos/questions';

beforeEach(() => setDbForTests(new KioskDB(`phone-voice-${newId()}`)));

const BYTES = new Uint8Array([0x4f, 0x67, 0x67, 0x53, ...Array.from({ length: 400 }, (_, i) => i % 251)]);
const voice = (id: string): PhoneEntry => ({
  kind: 'voice',
  screeningId: 'S1',
  at: new Date(Date.UTC(2026, 11, 1, 19, 0, 5)).toISOString(),
  body: {
    id,
    phoneId: 'phoneAAAAAAAAAAAAAAAAA',
    language: 'wo',
    audio: { mime: 'audio/ogg', size: 404, sha256: 'a'.repeat(64) },
  },
});
const recording = () => ({ data: new Blob([BYTES], { type: 'audio/ogg' }), durationSec: 2.04 });

describe('a spoken question drained from a phone', () => {
  it('is stored as the kiosk stores a spoken one: pending, no text, its recording, marked from a phone', async () => {
    const done = await applyPhoneEntries([voice('PV1')], new Map([['PV1', recording()]]));
    expect(done.get('PV1')).toBe('written');
    const [q] = await questionsByStatus('S1', 'pending', 10);
    const hash = await sha256Hex(BYTES.buffer);
    expect(q).toMatchObject({ text: '', language: 'wo', source: 'phone', audioHash: hash, audioDurationSec: 2 });
    const blob = await getBlob(hash);
    expect(blob?.mime).toBe('audio/ogg');
    expect(new Uint8Array(await blob!.data.arrayBuffer())).toEqual(BYTES);
    expect((await db().outbox.toArray()).map((o) => o.table).sort()).toEqual(['questions']);
  });

  it('applies a replay once, and refuses an entry whose recording is missing rather than storing it empty', async () => {
    await applyPhoneEntries([voice('PV1')], new Map([['PV1', recording()]]));
    const again = await applyPhoneEntries([voice('PV1')], new Map([['PV1', recording()]]));
    expect(again.get('PV1')).toBe('already');
    expect((await applyPhoneEntries([voice('PV2')])).get('PV2')).toBe('refused');
    expect(await db().questions.count()).toBe(1);
    expect(await db().blobs.count()).toBe(1);
  });
});
