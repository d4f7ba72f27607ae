import { describe, expect, test } from 'vitest';
import { screeningRecords } from '../../../server/src/dashboard/records';
import { listScreenings } from '../../../server/src/export/screenings';
import { screeningFigures } from '../../../src/renderer/src/features/reports/model/figures';
import { useCollector } from './dialects';
import { batch, changes, pledge, question, screening } from './fixtures';
import { call, enrollDevice, storedRecords } from './harness';

const T = '2026-06-06T19:00:00.000Z';
const vote = (screeningId: string, questionId: string, voter: string, id = `V-${voter}`) => ({
  id,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  screeningId,
  questionId,
  voter,
});

describe('collector and phone votes', () => {
  const collector = useCollector('sqlite');

  test("stores a kiosk's votes and phone entries once, even when the batch is sent again", async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const q = question(s.id, { source: 'phone', status: 'approved' });
    const p = pledge(s.id, { source: 'phone' });
    const votes = [vote(s.id, q.id, 'phone-aaaaaaaaaaaa01'), vote(s.id, q.id, 'phone-bbbbbbbbbbbb02')];
    const body = batch([
      ...changes('screenings', [s], 1),
      ...changes('questions', [q], 2),
      ...changes('pledges', [p], 3),
      ...changes('votes', votes, 4),
    ]);
    const first = await call(c, 'POST', '/v1/batches', dev.token, body);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ lastSeq: 5, applied: 5 });
    const again = await call(c, 'POST', '/v1/batches', dev.token, body);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ lastSeq: 5, applied: 0 });
    expect(await storedRecords(c)).toEqual(
      [
        `pledges/${p.id}@1`,
        `questions/${q.id}@1`,
        `screenings/${s.id}@1`,
        `votes/${votes[0]!.id}@1`,
        `votes/${votes[1]!.id}@1`,
      ].sort(),
    );
    const stored = await c.conn.db.selectFrom('records').select(['tbl', 'payload']).execute();
    const sources = stored.filter((r) => r.tbl !== 'votes' && r.tbl !== 'screenings');
    expect(sources.map((r) => (JSON.parse(r.payload) as { source?: string }).source)).toEqual(['phone', 'phone']);

    // The collector's exports read the same figures through the kiosk's report model.
    const [records] = await screeningRecords(c.conn.db, await listScreenings(c.conn.db));
    const f = screeningFigures(records!);
    expect(f.questions.bySource).toEqual({ kiosk: 0, floor: 0, phone: 1 });
    expect(f.pledges.fromPhone).toBe(1);
    expect(f.votes).toEqual({ total: 2, top: [{ id: q.id, text: q.text, votes: 2 }] });
  });

  test("a vote cannot touch another kiosk's records: the whole batch is refused", async () => {
    const c = collector();
    const a = await enrollDevice(c, 'KIOSK-A');
    const b = await enrollDevice(c, 'KIOSK-B');
    const sa = screening('KIOSK-A');
    const qa = question(sa.id, { status: 'approved' });
    const va = vote(sa.id, qa.id, 'phone-aaaaaaaaaaaa01');
    const ok = await call(
      c,
      'POST',
      '/v1/batches',
      a.token,
      batch([...changes('screenings', [sa], 1), ...changes('questions', [qa], 2), ...changes('votes', [va], 3)]),
    );
    expect(ok.status).toBe(200);
    const before = await storedRecords(c);

    const sb = screening('KIOSK-B');
    const tries = [
      // kiosk A's vote, sent again at a new revision by kiosk B
      vote(sa.id, qa.id, 'phone-cccccccccccc03', va.id),
      // a vote under kiosk A's screening
      vote(sa.id, qa.id, 'phone-dddddddddddd04'),
      // a vote under B's own screening, but on A's question
      vote(sb.id, qa.id, 'phone-eeeeeeeeeeee05'),
    ];
    for (const v of tries) {
      const r = await call(
        c,
        'POST',
        '/v1/batches',
        b.token,
        batch([...changes('screenings', [sb], 1), ...changes('votes', [{ ...v, rev: 2 }], 2)]),
      );
      expect(r.status, v.id).toBe(403);
      expect(r.body.error).toBe('forbidden_record');
    }
    expect(await storedRecords(c)).toEqual(before);
  });

  test('refuses a vote with a voter id that is not a random phone id', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const q = question(s.id);
    for (const voter of ['short', '<script>alert(1)</script>aaaa', 'x'.repeat(41)]) {
      const r = await call(c, 'POST', '/v1/batches', dev.token, batch(changes('votes', [vote(s.id, q.id, voter)], 1)));
      expect(r.status, voter).toBe(400);
    }
    expect(await storedRecords(c)).toEqual([]);
  });
});
