import { describe, expect, test } from 'vitest';
import { useCollector } from './dialects';
import { batch, changes, question, screening } from './fixtures';
import { call, enrollDevice } from './harness';

// Questions from the floor (issue 14) add optional fields to the question contract: a
// kiosk built before them still syncs, and one built after is stored as it sent them.
describe('collector and questions from the floor', () => {
  const collector = useCollector('sqlite');

  test('stores a question without source (older kiosks) and one logged from the floor, with its event', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const old = question(s.id);
    const floor = question(s.id, {
      source: 'floor',
      askerGender: 'woman',
      askerAge: 'youth',
      status: 'approved',
      statusAt: { pending: old.createdAt, approved: old.createdAt },
    });
    const logged = {
      id: 'E00floor01',
      screeningId: s.id,
      at: floor.createdAt,
      type: 'moderation',
      data: { questionId: floor.id, action: 'floor', language: 'wo' },
    };
    const r = await call(
      c,
      'POST',
      '/v1/batches',
      dev.token,
      batch([
        ...changes('screenings', [s], 1),
        ...changes('questions', [old, floor], 2),
        ...changes('events', [logged], 4),
      ]),
    );
    expect(r.status).toBe(200);
    const rows = await c.conn.db.selectFrom('records').select(['payload']).execute();
    const payloads = rows.map((x) => JSON.parse(x.payload) as unknown);
    expect(payloads).toEqual(expect.arrayContaining([old, floor, logged]));
  });

  test('refuses a source or an asker group the contract does not know', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    for (const over of [{ source: 'sms' }, { askerGender: 'x' }, { askerAge: 'old' }]) {
      const q = question(s.id, over);
      const r = await call(c, 'POST', '/v1/batches', dev.token, batch([...changes('questions', [q], 1)]));
      expect(r.status, JSON.stringify(over)).toBe(400);
    }
  });
});
