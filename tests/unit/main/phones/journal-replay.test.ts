import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openJournal } from '../../../../src/main/phones/journal';
import { startChild } from './phone-child';
import { access, PHONE_A, phoneMadeId, post } from './phone-fixture';

const PORT = 5432;
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the phone journal across a crash', () => {
  it('replays an entry journaled but never acknowledged when the process was killed, once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phone-crash-'));
    const child = await startChild(dir, PORT);
    const body = { id: phoneMadeId(), phoneId: PHONE_A, text: 'Qui nous aide au retour ?', language: 'fr' };
    expect((await post(child.url, 'questions', body)).body).toEqual({ status: 'queued' });
    await child.kill();

    // The laptop restarts: the console drains what the dead process journaled.
    const phones = access(dir, PORT);
    const pending = await phones.pending();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ kind: 'question', screeningId: 'SCREENING1', body });
    await phones.ack([body.id]);
    expect(await phones.pending()).toEqual([]);
    await phones.close();

    // And after another restart nothing comes back twice.
    const again = access(dir, PORT);
    expect(await again.pending()).toEqual([]);
    const r = await again.start('SCREENING1', '127.0.0.1');
    expect(r.ok).toBe(true);
    if (r.ok) expect((await post(r.value.url!, 'questions', body)).body).toEqual({ status: 'saved' });
    expect(await again.pending()).toEqual([]);
    await again.close();
  }, 30_000);

  it('skips a line torn by a power cut and keeps every whole entry', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phone-torn-'));
    const j = await openJournal(dir);
    const whole = {
      kind: 'question' as const,
      screeningId: 'S1',
      at: new Date().toISOString(),
      body: { id: phoneMadeId(), phoneId: PHONE_A, text: 'entière', language: 'fr' as const },
    };
    await j.append(whole);
    await j.close();
    appendFileSync(join(dir, 'phone-journal.jsonl'), '{"e":{"kind":"question","screeningId":"S1","at":"20');
    const reopened = await openJournal(dir);
    expect(reopened.pending()).toEqual([whole]);
    await reopened.append({ ...whole, body: { ...whole.body, id: phoneMadeId(), text: 'après' } });
    await reopened.close();
    const lines = readFileSync(join(dir, 'phone-journal.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { e: { body: { text: string } } }).e.body.text)).toEqual([
      'entière',
      'après',
    ]);
  });
});
