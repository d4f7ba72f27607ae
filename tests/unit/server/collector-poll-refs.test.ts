import { describe, expect, test } from 'vitest';
import { useCollector } from './dialects';
import { batch, changes, screening } from './fixtures';
import { call, enrollDevice, storedRecords } from './harness';

const T = '2026-06-06T18:30:00.000Z';
const poll = (screeningId: string, id: string) => ({
  id,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  screeningId,
  kind: 'yes_no',
  phase: 'before',
  language: 'fr',
  question: 'Partir sans papiers met-il la vie en danger ?',
  options: [
    { id: 'o1', label: 'Oui', icon: 'yes' },
    { id: 'o2', label: 'Non', icon: 'no' },
  ],
  state: 'open',
  revealed: false,
  onStage: true,
});
const answer = (screeningId: string, pollId: string, id: string, channel = 'phone') => ({
  id,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  screeningId,
  pollId,
  optionId: 'o1',
  channel,
  count: 1,
});

describe('collector and poll answers of other kiosks', () => {
  const collector = useCollector('sqlite');

  test("an answer cannot count for another kiosk's poll: the whole batch is refused", async () => {
    const c = collector();
    const a = await enrollDevice(c, 'KIOSK-A');
    const b = await enrollDevice(c, 'KIOSK-B');
    const sa = screening('KIOSK-A');
    const pa = poll(sa.id, 'PA0000001');
    const mine = answer(sa.id, pa.id, 'PA0000001-ph-aaaaaaaaaaaaaaaa');
    const ok = await call(
      c,
      'POST',
      '/v1/batches',
      a.token,
      batch([...changes('screenings', [sa], 1), ...changes('polls', [pa], 2), ...changes('pollAnswers', [mine], 3)]),
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const before = await storedRecords(c);

    const sb = screening('KIOSK-B');
    const pb = poll(sb.id, 'PB0000001');
    const tries = [
      // under B's own screening, naming A's poll
      answer(sb.id, pa.id, 'PB-try-1'),
      // a show of hands for A's poll, sent with B's poll in the same batch
      answer(sb.id, pa.id, 'PB-try-2', 'hands'),
    ];
    for (const x of tries) {
      const r = await call(
        c,
        'POST',
        '/v1/batches',
        b.token,
        batch([...changes('screenings', [sb], 1), ...changes('polls', [pb], 2), ...changes('pollAnswers', [x], 3)]),
      );
      expect(r.status, x.id).toBe(403);
      expect(r.body.error).toBe('forbidden_record');
    }
    expect(await storedRecords(c)).toEqual(before);

    // B's own answer to its own poll goes through.
    const own = await call(
      c,
      'POST',
      '/v1/batches',
      b.token,
      batch([
        ...changes('screenings', [sb], 1),
        ...changes('polls', [pb], 2),
        ...changes('pollAnswers', [answer(sb.id, pb.id, 'PB-own-1')], 3),
      ]),
    );
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(await storedRecords(c)).toContain('pollAnswers/PB-own-1@1');
  });
});
