import { beforeEach, describe, expect, it } from 'vitest';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { EntryRejected, PLEDGE_MAX_CHARS } from '../../../src/renderer/src/data/repos/entry-text';
import {
  cleanPhone,
  pledgeCounts,
  pledgeWall,
  setFollowUp,
  submitPledge,
} from '../../../src/renderer/src/data/repos/pledges';

beforeEach(() => setDbForTests(new KioskDB(`pledges-test-${newId()}`)));

const pledge = (extra: Partial<Parameters<typeof submitPledge>[0]> = {}) =>
  submitPledge({
    screeningId: 's1',
    kind: 'share_message',
    text: 'Dinaa ko wax sama xarit yi',
    language: 'wo',
    ...extra,
  });

describe('pledges', () => {
  it('stores contact details only with the consent wording version, and marks them for follow-up', async () => {
    const p = await pledge({
      firstName: ' Aïssatou ',
      contact: { name: 'Aïssatou Ndiaye', phone: '+221 77 123 45 67', consentVersion: 'contact-v1/wo' },
    });
    expect(p.firstName).toBe('Aïssatou');
    expect(p.contact).toMatchObject({
      name: 'Aïssatou Ndiaye',
      phone: '+221771234567',
      consentVersion: 'contact-v1/wo',
    });
    expect(Date.parse(p.contact!.consentAt)).not.toBeNaN();
    expect(p.followUp).toBe('to_contact');
    expect((await pledge()).followUp).toBe('none');
    expect((await setFollowUp(p.id, 'contacted')).followUp).toBe('contacted');
    expect(await db().outbox.where('recordId').equals(p.id).count()).toBe(2);
  });

  it('refuses contact without consent or with a phone that is not one, and saves nothing', async () => {
    await expect(pledge({ contact: { name: 'Awa', phone: '771234567', consentVersion: '' } })).rejects.toEqual(
      new EntryRejected('no_consent'),
    );
    for (const phone of ['12', 'appelle-moi', '77 12a 34', '+'.repeat(8)])
      await expect(pledge({ contact: { name: 'Awa', phone, consentVersion: 'v1' } })).rejects.toEqual(
        new EntryRejected('bad_phone'),
      );
    await expect(pledge({ contact: { name: '  ', phone: '771234567', consentVersion: 'v1' } })).rejects.toEqual(
      new EntryRejected('empty'),
    );
    await expect(pledge({ text: ' ' })).rejects.toEqual(new EntryRejected('empty'));
    await expect(pledge({ text: 'x'.repeat(PLEDGE_MAX_CHARS + 1) })).rejects.toEqual(new EntryRejected('too_long'));
    expect(await db().pledges.count()).toBe(0);
  });

  it('reads phone numbers as people write them', () => {
    expect(cleanPhone('77 123 45 67')).toBe('771234567');
    expect(cleanPhone('+221-77.123.45.67')).toBe('+221771234567');
    expect(cleanPhone('(+221) 77 123 45 67')).toBe('+221771234567');
    // Full-width digits from a phone keyboard are digits.
    expect(cleanPhone('７７１２３４５６７')).toBe('771234567');
  });

  it('counts by kind and shows the stage first names only, never contact details or text', async () => {
    await pledge({
      kind: 'own_story',
      firstName: 'Moussa',
      contact: { name: 'Moussa Sy', phone: '770000000', consentVersion: 'v1' },
    });
    await pledge({ kind: 'share_message' });
    await pledge({
      kind: 'other',
      audio: { data: new Blob([new Uint8Array([1, 2])], { type: 'audio/webm' }), durationSec: 2 },
      text: '',
    });
    expect(await pledgeCounts('s1')).toEqual({ share_message: 1, own_story: 1, other: 1 });
    const wall = await pledgeWall('s1', 10);
    expect(wall.map(({ id: _id, ...rest }) => rest)).toEqual([
      { kind: 'other' },
      { kind: 'share_message' },
      { kind: 'own_story', firstName: 'Moussa' },
    ]);
    expect(JSON.stringify(wall)).not.toMatch(/770000000|Sy|xarit/);
  });
});
