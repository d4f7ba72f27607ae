import { beforeEach, describe, expect, it } from 'vitest';
import type { PhoneEntry } from '../../../src/shared/phone-entry';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { applyPhoneEntries, voteCounts } from '../../../src/renderer/src/data/repos/phone-entries';
import { questionsByStatus } from '../../../src/renderer/src/data/repos/questions';

beforeEach(() => setDbForTests(new KioskDB(`phone-entries-${newId()}`)));

const PHONE = 'phoneAAAAAAAAAAAAAAAAA';
const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 19, 0, s)).toISOString();
const question = (id: string, text: string, s = 0): PhoneEntry => ({
  kind: 'question',
  screeningId: 'S1',
  at: at(s),
  body: { id, phoneId: PHONE, text, language: 'fr' },
});
const vote = (id: string, questionId: string, phoneId = PHONE): PhoneEntry => ({
  kind: 'vote',
  screeningId: 'S1',
  at: at(9),
  body: { id, phoneId, questionId },
});

describe('phone entries drained into the data module', () => {
  it('writes a question as pending from a phone, with its outbox entry, in receipt order', async () => {
    const done = await applyPhoneEntries([question('P2', 'Deuxième ?', 2), question('P1', '<b>Première</b> ?', 1)]);
    expect([...done.values()]).toEqual(['written', 'written']);
    const pending = await questionsByStatus('S1', 'pending', 10);
    // The laptop's receipt time orders them, not the phone's ids.
    expect(pending.map((q) => [q.text, q.source])).toEqual([
      ['<b>Première</b> ?', 'phone'],
      ['Deuxième ?', 'phone'],
    ]);
    expect(await db().outbox.where('table').equals('questions').count()).toBe(2);
  });

  it('applies a replayed entry once (a crash between this write and the journal ack)', async () => {
    const entries = [question('P1', 'Une seule fois', 1)];
    await applyPhoneEntries(entries);
    const again = await applyPhoneEntries(entries);
    expect(again.get('P1')).toBe('already');
    expect(await db().questions.count()).toBe(1);
    expect(await db().outbox.count()).toBe(1);
  });

  it('counts one vote per phone per question, even under a new entry id', async () => {
    const done = await applyPhoneEntries([
      vote('V1', 'Q1'),
      vote('V2', 'Q1'),
      vote('V3', 'Q1', 'phoneBBBBBBBBBBBBBBBBB'),
      vote('V4', 'Q2'),
    ]);
    expect(done.get('V2')).toBe('already');
    expect(Object.fromEntries(await voteCounts('S1'))).toEqual({ Q1: 2, Q2: 1 });
    expect(await db().outbox.where('table').equals('votes').count()).toBe(3);
  });

  it('stores a phone pledge with contact only as consented, marked from a phone', async () => {
    const entry: PhoneEntry = {
      kind: 'pledge',
      screeningId: 'S1',
      at: at(3),
      body: {
        id: 'PL1',
        phoneId: PHONE,
        kind: 'own_story',
        text: 'Je raconterai',
        language: 'fr',
        contact: { name: 'Awa', phone: '77 123 45 67', consentVersion: 'contact-v1/fr' },
      },
    };
    await applyPhoneEntries([entry, entry]);
    const [p] = await db().pledges.toArray();
    expect(p).toMatchObject({ source: 'phone', followUp: 'to_contact', contact: { phone: '771234567' } });
    expect(await db().pledges.count()).toBe(1);
  });
});
