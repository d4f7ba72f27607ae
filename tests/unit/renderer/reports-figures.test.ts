import { STARTING_TOPICS } from '@shared/records';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clockOffsetMs, loadRangeRecords, loadScreeningRecords } from '../../../src/renderer/src/data/repos/reports';
import { createScreening } from '../../../src/renderer/src/data/repos/screenings';
import { setSetting } from '../../../src/renderer/src/data/repos/settings';
import { updateSynced } from '../../../src/renderer/src/data/write';
import { buildScreeningReport, buildSummaryReport } from '../../../src/renderer/src/features/reports/model/build';
import { canonicalJson, digestOf } from '../../../src/renderer/src/features/reports/model/digest';
import { db } from '../../../src/renderer/src/data/db';
import { summaryTable } from '../../../src/renderer/src/features/reports/export/summary-table';
import { freshDb, reportText, seedEvening, seedMany } from './reports-fixture';

beforeEach(freshDb);
afterEach(() => vi.useRealTimers());

async function reportOf(id: string, includeContacts = false) {
  const records = (await loadScreeningRecords(id))!;
  return buildScreeningReport(records, { clockOffsetMs: await clockOffsetMs(), includeContacts });
}

describe('screening figures', () => {
  it('counts a whole evening: phases, film, attendance, questions, pledges', async () => {
    const s = await seedEvening();
    const { figures: f, projected } = await reportOf(s.id);
    expect(f.phases).toEqual([
      { phase: 'setup', seconds: 600, ongoing: false },
      { phase: 'screening', seconds: 2700, ongoing: false },
      { phase: 'debate', seconds: 2700, ongoing: false },
      { phase: 'pledges', seconds: 1200, ongoing: false },
    ]);
    // Played 0–20:00, rewound to 18:20, played to the end: the overlap counts once.
    expect(f.film).toEqual({ playedSec: 2700, durationSec: 2700, percent: 100, reachedEnd: true });
    expect(f.attendance).toEqual({ women: 23, men: 31, youth: 20, adults: 34, reached: 54 });
    expect(f.questions).toEqual({
      total: 10,
      byStatus: { pending: 2, approved: 2, on_stage: 2, answered: 2, dismissed: 2, merged: 0 },
      byLanguage: { fr: 4, wo: 3, other: 3 },
      spoken: 3,
      typed: 7,
      fromFloor: 0,
      bySource: { kiosk: 10, floor: 0, phone: 0 },
      projected: 4,
      distinct: 10,
      askedMoreThanOnce: 0,
      byTopic: STARTING_TOPICS.map((topic) => ({ topic, count: 0 })),
    });
    expect(f.timeline.binMinutes).toBe(2);
    expect(f.timeline.bins.reduce((n, b) => n + b.count, 0)).toBe(10);
    expect(f.pledges).toEqual({
      total: 3,
      byKind: { share_message: 1, own_story: 1, other: 1 },
      withConsent: 1,
      withoutConsent: 2,
      fromPhone: 0,
    });
    expect(f.votes).toEqual({ total: 0, top: [] });
    expect(projected.map((p) => p.answered)).toEqual([true, false, true, false]);
    expect(f.startedAt).toBe('2026-03-14T18:10:00.000Z');
    expect(f.endedAt).toBe('2026-03-14T20:00:00.000Z');
  });

  it('reports a screening with nothing in it as zeros, its setup still running', async () => {
    const s = await createScreening({
      place: { town: '', venue: '', region: '', country: '' },
      date: '2026-05-01',
      facilitators: [],
      panelists: [],
      filmId: 'sample',
    });
    const r = await reportOf(s.id);
    expect(r.figures.phases[0]).toEqual({ phase: 'setup', seconds: 0, ongoing: true });
    expect(r.figures.film).toEqual({ playedSec: 0, durationSec: null, percent: null, reachedEnd: false });
    expect(r.figures.questions.total).toBe(0);
    expect(r.figures.timeline.bins).toEqual([]);
    expect(r.figures.pledges.total).toBe(0);
    expect(r.projected).toEqual([]);
    expect(r.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('handles 5,000 questions', { timeout: 90_000 }, async () => {
    const s = await seedMany(5000);
    const r = await reportOf(s.id);
    expect(r.figures.questions.total).toBe(5000);
    expect(r.figures.questions.byStatus).toEqual({
      pending: 1250,
      approved: 1250,
      on_stage: 0,
      answered: 1250,
      dismissed: 1250,
      merged: 0,
    });
    expect(r.figures.questions.spoken).toBe(500);
    expect(r.projected).toHaveLength(1250);
    expect(r.figures.timeline.bins.length).toBeLessThanOrEqual(30);
    expect(r.figures.timeline.bins.reduce((n, b) => n + b.count, 0)).toBe(5000);
  });

  it('leaves contacts out unless chosen, and then gives only consented ones', async () => {
    const s = await seedEvening();
    expect((await reportOf(s.id)).contacts).toBeNull();
    const withContacts = await reportOf(s.id, true);
    expect(withContacts.contacts).toEqual([
      expect.objectContaining({ name: 'Aïssatou Sow', phone: '+221 77 123 45 67', consentVersion: 'v1' }),
    ]);
  });
});

describe('digest', () => {
  it('is the SHA-256 of the canonical figures, changes with any figure, not with the clock correction', async () => {
    const s = await seedEvening();
    const before = await reportOf(s.id);
    expect(before.digest).toBe(await digestOf(JSON.parse(canonicalJson(before.figures))));
    await setSetting('sync.clockOffsetMs', 95_000);
    const corrected = await reportOf(s.id);
    expect(corrected.clockOffsetMs).toBe(95_000);
    expect(corrected.digest).toBe(before.digest);
    await updateSynced('screenings', s.id, (x) => ({
      ...x,
      attendance: { ...x.attendance, women: x.attendance.women + 1 },
    }));
    expect((await reportOf(s.id)).digest).not.toBe(before.digest);
  });

  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":[2,{"x":0,"y":1}]},"b":1}',
    );
  });
});

describe('summary over a date range', () => {
  it('picks screenings by their date and totals the indicators', async () => {
    await seedEvening('2026-03-01', 'Kaolack');
    await seedEvening('2026-03-14', 'Thiès');
    await seedEvening('2026-04-20', 'Louga');
    const progress: number[] = [];
    const records = await loadRangeRecords('2026-03-01', '2026-03-31', (done) => progress.push(done));
    const { summary, digest } = await buildSummaryReport('2026-03-01', '2026-03-31', records, null);
    expect(progress).toEqual([1, 2]);
    expect(summary.rows.map((r) => r.place.town)).toEqual(['Kaolack', 'Thiès']);
    expect(summary.totals).toMatchObject({
      screenings: 2,
      held: 2,
      reached: 108,
      questions: 20,
      pledges: 6,
      withConsent: 2,
    });
    expect(summary.rows[0]!.durationSec).toBe(2700 * 2 + 1200);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect((await loadRangeRecords('2026-04-01', '2026-03-01')).length).toBe(0);
  });

  it('counts questions by topic across screenings: built-in ones by id, a facilitator’s by its label', async () => {
    const tag = async (screeningId: string, ownTopic: { id: string; label: string }, tags: string[][]) => {
      await updateSynced('screenings', screeningId, (x) => ({ ...x, topics: [...STARTING_TOPICS, ownTopic] }));
      const questions = await db().questions.where('screeningId').equals(screeningId).sortBy('id');
      for (const [i, topics] of tags.entries())
        await updateSynced('questions', questions[i]!.id, (q) => ({ ...q, topics }));
    };
    const first = await seedEvening('2026-03-01', 'Kaolack');
    const second = await seedEvening('2026-03-14', 'Thiès');
    // "Visa" and "VISA" typed on two kiosks are one topic; their ids differ.
    await tag(first.id, { id: 'own-a', label: 'Visa' }, [['papers_legal'], ['papers_legal', 'own-a']]);
    await tag(second.id, { id: 'own-b', label: 'VISA' }, [['own-b'], ['work_money'], ['papers_legal']]);
    const report = await buildSummaryReport(
      '2026-03-01',
      '2026-03-31',
      await loadRangeRecords('2026-03-01', '2026-03-31'),
      null,
    );
    const { summary } = report;
    expect(summary.byTopic).toEqual([
      { key: 'papers_legal', topic: { id: 'papers_legal' }, count: 3 },
      { key: 'label:visa', topic: { id: 'own-a', label: 'Visa' }, count: 2 },
      { key: 'work_money', topic: { id: 'work_money' }, count: 1 },
    ]);
    expect(summary.rows.map((r) => r.topics)).toEqual([
      { papers_legal: 2, 'label:visa': 1 },
      { 'label:visa': 1, work_money: 1, papers_legal: 1 },
    ]);
    // The spreadsheet carries one column per topic, summed in the totals row.
    const table = summaryTable(report, reportText('fr'));
    const header = table.header.slice(-3);
    expect(header).toEqual([
      'Questions par thème — Papiers et voies légales',
      'Questions par thème — Visa',
      'Questions par thème — Travail et argent au pays',
    ]);
    expect(table.rows.map((r) => r.slice(-3))).toEqual([
      [2, 1, 0],
      [1, 1, 1],
      [3, 2, 1],
    ]);
  });
});
