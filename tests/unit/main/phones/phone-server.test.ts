import { describe, expect, it } from 'vitest';
import { openEachTest } from './phone-each';
import { PHONE_A, PHONE_B, phoneMadeId, post } from './phone-fixture';

const PORT = 5431;
const t = openEachTest(PORT, 'phone-journal-');

const question = (text: string, id = phoneMadeId(), phoneId = PHONE_A) => ({ id, phoneId, text, language: 'fr' });

describe('the phone server: links', () => {
  it('serves the phone page and its own scripts behind the token, and nothing of the console', async () => {
    expect(t.url).toMatch(/^http:\/\/127\.0\.0\.1:5431\/[a-z2-9]{8}$/);
    const page = await fetch(t.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('phone-a1.js');
    expect((await fetch(`http://127.0.0.1:${PORT}/assets/phone-a1.js`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${PORT}/assets/chunk-b2.js`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${PORT}/assets/console-secret.js`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${PORT}/index.html`)).status).not.toBe(200);
  });

  it('answers a guessed, rotated or closed link with a plain page, never a stack trace', async () => {
    const guessed = await fetch(`http://127.0.0.1:${PORT}/abcdefgh`);
    expect(guessed.status).toBe(410);
    const text = await guessed.text();
    expect(text).toContain('Ce lien n’est plus valable');
    expect(text).toContain('Lëkkalekaay bii jeex na');
    expect(text).not.toMatch(/Error|at \w+ \(|node_modules/);

    const rotated = await t.phones.rotate();
    expect(rotated.ok && rotated.value.url).not.toBe(t.url);
    expect((await fetch(t.url)).status).toBe(410);
    expect((await post(t.url, 'questions', question('encore là ?'))).body).toEqual({ error: 'dead_link' });
    const fresh = rotated.ok ? rotated.value.url! : '';
    expect((await fetch(fresh)).status).toBe(200);

    await t.phones.stop();
    await expect(fetch(fresh)).rejects.toThrow();
  });

  it('refuses an address after too many wrong tokens', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await fetch(`http://127.0.0.1:${PORT}/wrong${i}xx`)).status);
    expect(statuses.slice(0, 20).every((s) => s === 410)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('answers the t.phones’ connectivity probes so they stay on the hotspot', async () => {
    expect((await fetch(`http://127.0.0.1:${PORT}/generate_204`)).status).toBe(204);
    expect(await (await fetch(`http://127.0.0.1:${PORT}/hotspot-detect.html`)).text()).toContain('Success');
    expect(await (await fetch(`http://127.0.0.1:${PORT}/connecttest.txt`)).text()).toBe('Microsoft Connect Test');
  });
});

describe('the phone server: sends', () => {
  it('journals a question and says "saved" once the console acknowledges it', async () => {
    const id = phoneMadeId();
    const unsubscribe = t.phones.onEntry(() => {
      void t.phones.pending().then((list) => t.phones.ack(list.map((e) => e.body.id)));
    });
    const r = await post(t.url, 'questions', question('Pourquoi partir ?', id));
    unsubscribe();
    expect(r).toEqual({ status: 200, body: { status: 'saved' } });
    expect(await t.phones.pending()).toEqual([]);
  });

  it('keeps a question queued when no console answers, and a resend is journaled once', async () => {
    const body = question('Où trouver du travail ici ?');
    expect((await post(t.url, 'questions', body)).body).toEqual({ status: 'queued' });
    expect((await post(t.url, 'questions', body)).body).toEqual({ status: 'queued' });
    const pending = await t.phones.pending();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ kind: 'question', screeningId: 'SCREENING1', body });
    await t.phones.ack([body.id]);
    expect((await post(t.url, 'questions', body)).body).toEqual({ status: 'saved' });
    expect(await t.phones.pending()).toEqual([]);
  });

  it('refuses a 1 MB question, a too-long or empty one and unknown fields, with the reason', async () => {
    expect((await post(t.url, 'questions', question('x'.repeat(1024 * 1024)))).status).toBe(413);
    expect((await post(t.url, 'questions', question('é'.repeat(501)))).body).toEqual({ error: 'too_long' });
    expect((await post(t.url, 'questions', question('   '))).body).toEqual({ error: 'empty' });
    expect((await post(t.url, 'questions', { ...question('ok'), screeningId: 'OTHER' })).status).toBe(400);
    expect((await post(t.url, 'questions', '{"id":')).status).toBe(400);
    expect(await t.phones.pending()).toEqual([]);
  });

  it('takes a pledge with contact only with consent and a valid number', async () => {
    const base = { phoneId: PHONE_A, kind: 'own_story', text: 'Je raconterai mon voyage', language: 'wo' };
    const noConsent = {
      ...base,
      id: phoneMadeId(),
      contact: { name: 'Awa', phone: '77 123 45 67', consentVersion: '' },
    };
    expect((await post(t.url, 'pledges', noConsent)).body).toEqual({ error: 'no_consent' });
    const badPhone = {
      ...base,
      id: phoneMadeId(),
      contact: { name: 'Awa', phone: '12', consentVersion: 'contact-v1/wo' },
    };
    expect((await post(t.url, 'pledges', badPhone)).body).toEqual({ error: 'bad_phone' });
    const good = {
      ...base,
      id: phoneMadeId(),
      contact: { name: 'Awa', phone: '77 123 45 67', consentVersion: 'contact-v1/wo' },
    };
    expect((await post(t.url, 'pledges', good)).status).toBe(202);
    const without = { ...base, id: phoneMadeId() };
    expect((await post(t.url, 'pledges', without)).status).toBe(202);
    expect((await t.phones.pending()).map((e) => e.body.id)).toEqual([good.id, without.id]);
  });

  it('counts one vote per phone per question, only on approved questions', async () => {
    const vote = (questionId: string, phoneId = PHONE_A) => ({ id: phoneMadeId(), phoneId, questionId });
    expect((await post(t.url, 'votes', vote('Q1'))).body).toEqual({ error: 'not_approved' });
    t.phones.publish([{ id: 'Q1', text: 'Approuvée', votes: 0 }]);
    expect(await (await fetch(`${t.url}/api/questions`)).json()).toEqual({
      questions: [{ id: 'Q1', text: 'Approuvée', votes: 0 }],
    });
    expect((await post(t.url, 'votes', vote('Q1'))).body).toEqual({ status: 'queued' });
    expect((await post(t.url, 'votes', vote('Q1'))).body).toEqual({ status: 'already' });
    expect((await post(t.url, 'votes', vote('Q1', PHONE_B))).body).toEqual({ status: 'queued' });
    expect((await t.phones.pending()).filter((e) => e.kind === 'vote')).toHaveLength(2);
  });

  it('stops a phone sending 10,000 votes after its per-minute allowance', async () => {
    t.phones.publish(Array.from({ length: 30 }, (_, i) => ({ id: `Q${i}`, text: `q${i}`, votes: 0 })));
    t.phones.onEntry(() => void t.phones.pending().then((list) => t.phones.ack(list.map((e) => e.body.id))));
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await post(t.url, 'votes', { id: phoneMadeId(), phoneId: PHONE_B, questionId: `Q${i}` })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
  });
});
