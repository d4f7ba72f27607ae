import { beforeEach, describe, expect, it } from 'vitest';
import type { PhoneEntry } from '../../../src/shared/phone-entry';
import { KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { applyPhoneEntries } from '../../../src/renderer/src/data/repos/phone-entries';
import { phonePledgesAndVotes } from '../../../src/renderer/src/data/repos/phones';
import { questionCounts, submitQuestion } from '../../../src/renderer/src/data/repos/questions';
import { ensureTally } from '../../../src/renderer/src/data/repos/tallies';

beforeEach(() => setDbForTests(new KioskDB(`phone-counts-${newId()}`)));

const at = new Date(Date.UTC(2026, 11, 1, 19, 0, 0)).toISOString();
const question = (id: string, phoneId: string): PhoneEntry => ({
  kind: 'question',
  screeningId: 'S1',
  at,
  body: { id, phoneId, text: `Question ${id} ?`, language: 'fr' },
});
const vote = (id: string, questionId: string, phoneId: string): PhoneEntry => ({
  kind: 'vote',
  screeningId: 'S1',
  at,
  body: { id, phoneId, questionId },
});

describe("the phone card's counters", () => {
  it('counts questions from phones (the tally, with or without its row yet) apart from pledges and votes', async () => {
    const A = 'phoneAAAAAAAAAAAAAAAAA';
    const B = 'phoneBBBBBBBBBBBBBBBBB';
    await applyPhoneEntries([question('P1', A), question('P2', B)]);
    await submitQuestion({ screeningId: 'S1', text: 'Depuis le kiosque', language: 'wo' });
    // No tally row yet: counted from the indexes, then from the row once built.
    expect((await questionCounts('S1')).fromPhone).toBe(2);
    await ensureTally('S1');
    await applyPhoneEntries([vote('V1', 'P1', B), vote('V2', 'P2', A), question('P3', A)]);
    expect((await questionCounts('S1')).fromPhone).toBe(3);
    expect(await phonePledgesAndVotes('S1')).toEqual({ pledges: 0, votes: 2 });
    expect(await phonePledgesAndVotes('S2')).toEqual({ pledges: 0, votes: 0 });
  });
});
