import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PhoneAccess } from '../../../../src/main/phones/access';
import type { PhonePoll } from '../../../../src/shared/phone-poll';
import { access, PHONE_A, PHONE_B, phoneMadeId, post } from './phone-fixture';

const PORT = 5433;
let dir = '';
let phones: PhoneAccess;
let url = '';

const POLL: PhonePoll = {
  id: 'POLL1',
  screeningId: 'SCREENING1',
  kind: 'yes_no',
  language: 'fr',
  question: 'Partir sans papiers met-il la vie en danger ?',
  options: [
    { id: 'o1', icon: 'yes', path: 'M4 12l5 5L20 6', label: 'Oui', labels: { fr: 'Oui', wo: 'Waaw' } },
    { id: 'o2', icon: 'no', path: 'M6 6l12 12M18 6L6 18', label: 'Non', labels: { fr: 'Non', wo: 'Déedéet' } },
  ],
};
const answer = (optionId: string, phoneId = PHONE_A, pollId = POLL.id, id = phoneMadeId()) => ({
  id,
  phoneId,
  pollId,
  optionId,
});
const openPoll = async () => (await (await fetch(`${url}/api/poll`)).json()) as { poll: PhonePoll | null };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'phone-poll-'));
  phones = access(dir, PORT);
  const r = await phones.start('SCREENING1', '127.0.0.1');
  if (!r.ok) throw new Error(r.code);
  url = r.value.url!;
});
afterEach(async () => {
  await phones.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the phone server: polls', () => {
  it('shows phones the open poll behind the token only, and nothing once it closes', async () => {
    expect(await openPoll()).toEqual({ poll: null });
    phones.publishPoll(POLL);
    expect(await openPoll()).toEqual({ poll: POLL });
    expect((await fetch(`http://127.0.0.1:${PORT}/abcdefgh/api/poll`)).status).toBe(410);
    expect((await post(`http://127.0.0.1:${PORT}/abcdefgh`, 'poll-answers', answer('o1'))).body).toEqual({
      error: 'dead_link',
    });
    phones.publishPoll(null);
    expect(await openPoll()).toEqual({ poll: null });
  });

  it('journals one answer per phone per poll; a resend with the same id is the same answer', async () => {
    phones.publishPoll(POLL);
    const first = answer('o1');
    expect((await post(url, 'poll-answers', first)).body).toEqual({ status: 'queued' });
    // The Wi-Fi dropped before the phone heard back: the same id again, journaled once.
    expect((await post(url, 'poll-answers', first)).body).toEqual({ status: 'queued' });
    // The same phone answering again (a new id, another option) changes nothing.
    expect((await post(url, 'poll-answers', answer('o2'))).body).toEqual({ status: 'already' });
    expect((await post(url, 'poll-answers', answer('o2', PHONE_B))).body).toEqual({ status: 'queued' });
    const pending = await phones.pending();
    expect(pending.map((e) => [e.kind, e.screeningId, e.body.phoneId])).toEqual([
      ['pollAnswer', 'SCREENING1', PHONE_A],
      ['pollAnswer', 'SCREENING1', PHONE_B],
    ]);
    await phones.ack(pending.map((e) => e.body.id));
    expect((await post(url, 'poll-answers', first)).body).toEqual({ status: 'saved' });
  });

  it('says "saved" once the console has written the answer', async () => {
    phones.publishPoll(POLL);
    const off = phones.onEntry(() => void phones.pending().then((list) => phones.ack(list.map((e) => e.body.id))));
    const r = await post(url, 'poll-answers', answer('o2'));
    off();
    expect(r).toEqual({ status: 200, body: { status: 'saved' } });
  });

  it('refuses an answer to a closed poll, another poll, another screening’s poll or an unknown option', async () => {
    expect((await post(url, 'poll-answers', answer('o1'))).body).toEqual({ error: 'poll_closed' });
    phones.publishPoll(POLL);
    expect((await post(url, 'poll-answers', answer('o1', PHONE_A, 'POLL2'))).body).toEqual({ error: 'poll_closed' });
    expect((await post(url, 'poll-answers', answer('o9'))).body).toEqual({ error: 'unknown_option' });
    expect((await post(url, 'poll-answers', { ...answer('o1'), count: 50 })).status).toBe(400);
    phones.publishPoll({ ...POLL, screeningId: 'SCREENING2' });
    expect(await openPoll()).toEqual({ poll: null });
    const other = await post(url, 'poll-answers', answer('o1'));
    expect(other).toEqual({ status: 409, body: { error: 'poll_closed' } });
    phones.publishPoll(POLL);
    phones.publishPoll(null);
    expect((await post(url, 'poll-answers', answer('o1'))).status).toBe(409);
    expect(await phones.pending()).toEqual([]);
  });

  it('keeps one answer per phone after a restart (rebuilt from the journal)', async () => {
    phones.publishPoll(POLL);
    expect((await post(url, 'poll-answers', answer('o1'))).body).toEqual({ status: 'queued' });
    await phones.close();
    phones = access(dir, PORT);
    const r = await phones.start('SCREENING1', '127.0.0.1');
    url = r.ok ? r.value.url! : '';
    phones.publishPoll(POLL);
    expect((await post(url, 'poll-answers', answer('o2'))).body).toEqual({ status: 'already' });
  });
});
