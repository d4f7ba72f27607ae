import { describe, expect, test } from 'vitest';
import { pollTables, POLL_FIELDS, PAIR_FIELDS, withPollFigures } from '../../../server/src/dashboard/poll-export';
import { listScreenings } from '../../../server/src/export/screenings';
import { useCollector } from './dialects';
import { batch, changes, screening } from './fixtures';
import { call, enrollDevice, storedRecords } from './harness';

const T = '2026-06-06T18:30:00.000Z';
const PROMPT = 'a'.repeat(64);
const poll = (
  screeningId: string,
  id: string,
  phase: 'before' | 'after' | 'any',
  over: Record<string, unknown> = {},
) => ({
  id,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  screeningId,
  kind: 'yes_no',
  phase,
  family: 'intention',
  language: 'wo',
  question: 'Ndax dangay xalaat dem te amuloo kayit?',
  options: [
    { id: 'o1', label: 'Waaw', icon: 'yes' },
    { id: 'o2', label: 'Déedéet', icon: 'no' },
  ],
  state: 'closed',
  revealed: true,
  onStage: false,
  ...over,
});
const answer = (screeningId: string, pollId: string, optionId: string, channel: string, count = 1) => ({
  id: `${pollId}-${optionId}-${channel}-${count}`,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  screeningId,
  pollId,
  optionId,
  channel,
  count,
});

describe('collector and polls', () => {
  const collector = useCollector('sqlite');

  test('stores polls and answers, asks for prompt audio, and exports the kiosk model’s figures per channel and per pair', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const before = poll(s.id, 'P1BEFORE0', 'before', { prompt: { hash: PROMPT, durationSec: 3.2 } });
    const after = poll(s.id, 'P2AFTER00', 'after', { pairedWith: 'P1BEFORE0' });
    const answers = [
      answer(s.id, 'P1BEFORE0', 'o1', 'kiosk'),
      answer(s.id, 'P1BEFORE0', 'o1', 'hands', 7),
      answer(s.id, 'P1BEFORE0', 'o2', 'phone'),
      answer(s.id, 'P1BEFORE0', 'o2', 'hands', 1),
      answer(s.id, 'P2AFTER00', 'o1', 'hands', 2),
      answer(s.id, 'P2AFTER00', 'o2', 'hands', 8),
    ];
    const r = await call(
      c,
      'POST',
      '/v1/batches',
      dev.token,
      batch([
        ...changes('screenings', [s], 1),
        ...changes('polls', [before, after], 2),
        ...changes('pollAnswers', answers, 4),
      ]),
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.missingBlobs).toEqual([PROMPT]);

    const rows = await listScreenings(c.conn.db);
    const t = await pollTables(c.conn.db, rows);
    const col = (fields: string[], row: unknown[], name: string) => row[fields.indexOf(name)];
    expect(
      t.polls.map((p) =>
        ['phase', 'option', 'kiosk', 'phone', 'hands', 'total', 'percent', 'n'].map((k) => col(POLL_FIELDS, p, k)),
      ),
    ).toEqual([
      ['before', 'Waaw', 1, 0, 7, 8, 80, 10],
      ['before', 'Déedéet', 0, 1, 1, 2, 20, 10],
      ['after', 'Waaw', 0, 0, 2, 2, 20, 10],
      ['after', 'Déedéet', 0, 0, 8, 8, 80, 10],
    ]);
    expect(
      t.pairs.map((p) => ['option', 'changePoints', 'nBefore', 'nAfter'].map((k) => col(PAIR_FIELDS, p, k))),
    ).toEqual([
      ['Waaw', -60, 10, 10],
      ['Déedéet', 60, 10, 10],
    ]);
    const [json] = await withPollFigures(c.conn.db, rows, rows);
    expect(json!.polls.pairs[0]!.options.map((o) => o.change)).toEqual([-60, 60]);
  });

  test('refuses a poll with no options or 50, an option of 2,000 characters, and a kiosk answer counting 3', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const many = Array.from({ length: 50 }, (_, i) => ({ id: `o${i}`, label: `${i}`, icon: 'unsure' }));
    const bad = [
      poll(s.id, 'P1', 'any', { options: [] }),
      poll(s.id, 'P2', 'any', { kind: 'choice', options: many }),
      poll(s.id, 'P3', 'any', { options: [{ id: 'o1', label: 'x'.repeat(2000), icon: 'yes' }, many[1]] }),
    ];
    for (const p of bad) {
      const res = await call(c, 'POST', '/v1/batches', dev.token, batch(changes('polls', [p], 1)));
      expect(res.status, p.id).toBe(400);
    }
    const res = await call(
      c,
      'POST',
      '/v1/batches',
      dev.token,
      batch(changes('pollAnswers', [answer(s.id, 'P9', 'o1', 'kiosk', 3)], 1)),
    );
    expect(res.status).toBe(400);
  });

  test("an answer cannot count for another kiosk's poll: the whole batch is refused (403)", async () => {
    const c = collector();
    const a = await enrollDevice(c, 'KIOSK-A');
    const b = await enrollDevice(c, 'KIOSK-B');
    const sa = screening('KIOSK-A');
    const pa = poll(sa.id, 'PA0000001', 'before', { state: 'open' });
    const sent = batch([
      ...changes('screenings', [sa], 1),
      ...changes('polls', [pa], 2),
      ...changes('pollAnswers', [answer(sa.id, pa.id, 'o1', 'phone')], 3),
    ]);
    expect((await call(c, 'POST', '/v1/batches', a.token, sent)).status).toBe(200);
    const before = await storedRecords(c);

    const sb = screening('KIOSK-B');
    const pb = poll(sb.id, 'PB0000001', 'before', { state: 'open' });
    const sendB = (x: ReturnType<typeof answer>) =>
      call(
        c,
        'POST',
        '/v1/batches',
        b.token,
        batch([...changes('screenings', [sb], 1), ...changes('polls', [pb], 2), ...changes('pollAnswers', [x], 3)]),
      );
    // Under B's own screening (and beside B's own poll), naming A's poll: a phone answer, a show of hands.
    for (const x of [answer(sb.id, pa.id, 'o1', 'phone'), answer(sb.id, pa.id, 'o2', 'hands', 4)]) {
      const r = await sendB(x);
      expect(r.status, x.id).toBe(403);
      expect(r.body.error).toBe('forbidden_record');
    }
    expect(await storedRecords(c)).toEqual(before);
    const own = answer(sb.id, pb.id, 'o1', 'phone');
    expect((await sendB(own)).status).toBe(200);
    expect(await storedRecords(c)).toContain(`pollAnswers/${own.id}@1`);
  });
});
