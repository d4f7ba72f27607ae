import { beforeEach, describe, expect, it } from 'vitest';
import type { PhoneEntry } from '../../../src/shared/phone-entry';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { applyPhoneEntries } from '../../../src/renderer/src/data/repos/phone-entries';
import { PHONE_CLOSE_GRACE_MS } from '../../../src/renderer/src/data/repos/phone-poll-answers';
import { closePoll, createPoll, openPoll } from '../../../src/renderer/src/data/repos/polls';

beforeEach(() => setDbForTests(new KioskDB(`phone-polls-${newId()}`)));

const PHONE_A = 'phoneAAAAAAAAAAAAAAAAA';
const PHONE_B = 'phoneBBBBBBBBBBBBBBBBB';
const PHONE_C = 'phoneCCCCCCCCCCCCCCCCC';
const draft = {
  kind: 'yes_no' as const,
  phase: 'before' as const,
  language: 'fr' as const,
  question: 'Partir sans papiers met-il la vie en danger ?',
  options: [
    { id: 'o1', label: 'Oui', icon: 'yes' as const },
    { id: 'o2', label: 'Non', icon: 'no' as const },
  ],
};
const answer = (pollId: string, optionId: string, phoneId = PHONE_A, screeningId = 'S1', at = new Date()) =>
  ({
    kind: 'pollAnswer',
    screeningId,
    at: at.toISOString(),
    body: { id: `P${newId()}`, phoneId, pollId, optionId },
  }) satisfies PhoneEntry;

describe('phone poll answers drained into the data module', () => {
  it('stores each phone’s answer once, channel phone, with its outbox change, and no phone id', async () => {
    const poll = await openPoll((await createPoll('S1', draft)).id);
    const a = answer(poll.id, 'o1');
    const done = await applyPhoneEntries([a, answer(poll.id, 'o2'), answer(poll.id, 'o2', PHONE_B)]);
    expect([...done.values()]).toEqual(['written', 'already', 'written']);
    // A replay of the whole batch (a crash before the journal's ack) changes nothing.
    expect([...(await applyPhoneEntries([a])).values()]).toEqual(['already']);
    const rows = await db().pollAnswers.toArray();
    expect(rows.map((r) => [r.channel, r.optionId, r.count]).sort()).toEqual([
      ['phone', 'o1', 1],
      ['phone', 'o2', 1],
    ]);
    expect(JSON.stringify(rows)).not.toContain(PHONE_A);
    expect(await db().outbox.where('table').equals('pollAnswers').count()).toBe(2);
  });

  it('refuses an answer for another screening’s poll, a draft, a closed poll or an unknown option', async () => {
    const poll = await openPoll((await createPoll('S1', draft)).id);
    const drafted = await createPoll('S1', draft);
    const done = await applyPhoneEntries([
      answer(poll.id, 'o1', PHONE_A, 'S2'),
      answer(drafted.id, 'o1'),
      answer(poll.id, 'o7'),
    ]);
    expect([...done.values()]).toEqual(['refused', 'refused', 'refused']);
    const whileOpen = new Date();
    const closedAt = Date.parse((await closePoll(poll.id)).closedAt!);
    // Journaled while it was open (the console drained it later): it counts. Received just
    // after the close, before the phone server heard of it (the phone was told "received"):
    // it counts too. Received once the server must have heard: refused.
    const late = await applyPhoneEntries([
      answer(poll.id, 'o1', PHONE_A, 'S1', whileOpen),
      answer(poll.id, 'o2', PHONE_B, 'S1', new Date(closedAt + PHONE_CLOSE_GRACE_MS - 500)),
      answer(poll.id, 'o2', PHONE_C, 'S1', new Date(closedAt + PHONE_CLOSE_GRACE_MS + 1_000)),
    ]);
    expect([...late.values()]).toEqual(['written', 'written', 'refused']);
    expect(await db().pollAnswers.count()).toBe(2);
  });
});
