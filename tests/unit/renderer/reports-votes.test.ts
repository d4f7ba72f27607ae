import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../src/renderer/src/data/ids';
import { clockOffsetMs, loadScreeningRecords } from '../../../src/renderer/src/data/repos/reports';
import { insertSynced, updateSynced } from '../../../src/renderer/src/data/write';
import { questionTable, figureTable } from '../../../src/renderer/src/features/reports/export/tables';
import { buildScreeningReport } from '../../../src/renderer/src/features/reports/model/build';
import { addQuestion, freshDb, reportText, seedEvening } from './reports-fixture';

beforeEach(freshDb);
afterEach(() => vi.useRealTimers());

const voter = (n: number) => `phone-${String(n).padStart(12, '0')}`;

async function phoneEvening() {
  const s = await seedEvening();
  const fromPhone = { language: 'wo' as const, status: 'approved' as const, askedMin: 70 };
  const q1 = await addQuestion(s.id, { ...fromPhone, text: 'Lan mooy jëf ju baax ci yoon wi?' });
  const q2 = await addQuestion(s.id, { ...fromPhone, text: 'Ndax am na liggéey fii?' });
  // A phone question is a kiosk question with `source: 'phone'` (as the phone server writes it).
  for (const q of [q1, q2]) await updateSynced('questions', q.id, (cur) => ({ ...cur, source: 'phone' }));
  await insertSynced('questions', {
    id: newId(),
    screeningId: s.id,
    text: 'Logged from the floor',
    language: 'fr',
    status: 'pending',
    statusAt: { pending: new Date().toISOString() },
    source: 'floor',
  });
  await insertSynced('pledges', {
    id: newId(),
    screeningId: s.id,
    kind: 'share_message',
    text: 'Dinaa ko wax sama mbokk yi',
    language: 'wo',
    followUp: 'none',
    source: 'phone',
  });
  // Three phones say "me too" to q2, one to q1.
  const votes = [
    [q2.id, 1],
    [q2.id, 2],
    [q2.id, 3],
    [q1.id, 1],
  ] as const;
  for (const [questionId, n] of votes) {
    await insertSynced('votes', { id: newId(), screeningId: s.id, questionId, voter: voter(n) });
  }
  return { s, q1, q2 };
}

describe('report: entries by source and "me too" votes', () => {
  it('counts questions by kiosk, phone and floor, phone pledges, and ranks questions by votes', async () => {
    const { s, q1, q2 } = await phoneEvening();
    const records = (await loadScreeningRecords(s.id))!;
    const r = await buildScreeningReport(records, { clockOffsetMs: await clockOffsetMs(), includeContacts: false });
    const f = r.figures;
    expect(f.questions.total).toBe(13);
    expect(f.questions.bySource).toEqual({ kiosk: 10, floor: 1, phone: 2 });
    expect(f.pledges).toMatchObject({ total: 4, fromPhone: 1 });
    expect(f.votes).toEqual({
      total: 4,
      top: [
        { id: q2.id, text: q2.text, votes: 3 },
        { id: q1.id, text: q1.text, votes: 1 },
      ],
    });

    // The export tables carry the same figures, in the user's language.
    const wo = reportText('wo');
    const rows = figureTable(r, wo).rows.map((row) => row.map(String));
    const votesTitle = wo.t('doc.votesTitle');
    expect(rows).toContainEqual([wo.t('doc.questionsTitle'), wo.t('input.phone'), '2']);
    expect(rows).toContainEqual([wo.t('doc.pledgesTitle'), wo.t('input.phone'), '1']);
    expect(rows).toContainEqual([votesTitle, wo.t('doc.total'), '4']);
    expect(rows.filter((row) => row[0] === votesTitle).slice(1)).toEqual([
      [votesTitle, q2.text, '3'],
      [votesTitle, q1.text, '1'],
    ]);
    expect(questionTable(records, r, wo).rows).toHaveLength(13);
  });

  it('ignores votes whose question is not in the screening and counts at most five questions', async () => {
    const s = await seedEvening();
    const qs = [];
    for (let i = 0; i < 7; i++)
      qs.push(await addQuestion(s.id, { text: `Q${i}`, language: 'fr', status: 'approved', askedMin: 60 + i }));
    for (const [i, q] of qs.entries()) {
      for (let n = 0; n <= i; n++)
        await insertSynced('votes', { id: newId(), screeningId: s.id, questionId: q.id, voter: voter(n) });
    }
    await insertSynced('votes', { id: newId(), screeningId: s.id, questionId: 'NOT-A-QUESTION', voter: voter(99) });
    const records = (await loadScreeningRecords(s.id))!;
    const { figures: f } = await buildScreeningReport(records, { clockOffsetMs: null, includeContacts: false });
    expect(f.votes.total).toBe(28);
    expect(f.votes.top.map((v) => [v.text, v.votes])).toEqual([
      ['Q6', 7],
      ['Q5', 6],
      ['Q4', 5],
      ['Q3', 4],
      ['Q2', 3],
    ]);
  });
});
