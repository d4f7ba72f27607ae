import { describe, expect, test } from 'vitest';
import { db } from '../../../src/renderer/src/data/db';
import { purgeExpiredContacts } from '../../../src/renderer/src/data/repos/contact-retention';
import { setFollowUp, submitPledge } from '../../../src/renderer/src/data/repos/pledges';
import { enrollKiosk } from '../../../src/renderer/src/features/sync/device';
import { SyncEngine } from '../../../src/renderer/src/features/sync/engine';
import { enrollmentCode, freshKiosk, harness, newCollector } from './sync-support';

const contact = { name: 'Fatou Sow', phone: '+221 77 123 45 67', consentVersion: 'v1' };
const DAY = 86_400_000;

describe('contact retention after a confirmed sync', () => {
  test('erases old contact details locally only once sent, and the collector keeps them', async () => {
    freshKiosk();
    const c = await newCollector();
    await enrollKiosk(c.url, await enrollmentCode(c.id), 'Kolda');
    const pledge = await submitPledge({
      screeningId: 'S1',
      kind: 'own_story',
      text: 'Dinaa wax',
      language: 'wo',
      contact,
    });
    const later = new Date(Date.now() + 40 * DAY);

    // Not yet sent: nothing is erased, whatever its age.
    expect(await purgeExpiredContacts(30, later)).toBe(0);
    const engine = new SyncEngine({ afterSuccess: async () => void (await purgeExpiredContacts(30, later)) });
    expect(await engine.syncNow()).toMatchObject({ ok: true });
    const local = await db().pledges.get(pledge.id);
    expect(local?.contact).toBeUndefined();
    expect(local?.contactPurgedAt).toBe(later.toISOString());

    // A later change of the pledge syncs without the details; the collector keeps them.
    await setFollowUp(pledge.id, 'contacted');
    expect(await engine.syncNow()).toEqual({ ok: true, sent: 1 });
    const held = await harness<{ rev: number; followUp: string; contact?: { phone: string } }>(
      `collectors/${c.id}/record`,
      { table: 'pledges', id: pledge.id },
    );
    expect(held).toMatchObject({
      rev: 2,
      followUp: 'contacted',
      contact: { phone: expect.stringContaining('77') as string },
    });
  });

  test('a recent pledge, or a retention of 0, keeps its details', async () => {
    freshKiosk();
    await submitPledge({ screeningId: 'S1', kind: 'own_story', text: 'Dinaa wax', language: 'wo', contact });
    await db().outbox.clear();
    expect(await purgeExpiredContacts(30, new Date(Date.now() + 2 * DAY))).toBe(0);
    expect(await purgeExpiredContacts(0, new Date(Date.now() + 400 * DAY))).toBe(0);
    expect((await db().pledges.toArray())[0]?.contact?.name).toBe('Fatou Sow');
  });
});
