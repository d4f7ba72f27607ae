import { cloudWords } from '@shared/word-cloud';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { sumsOf, sumsOfRows } from '../../../src/renderer/src/data/question-sums';
import { mergeQuestions, unmergeQuestions } from '../../../src/renderer/src/data/repos/merges';
import { moderate, setQuestionLanguage } from '../../../src/renderer/src/data/repos/questions';
import {
  loadRangeRecords,
  loadRangeSummed,
  loadScreeningRecords,
  loadSummedRecords,
} from '../../../src/renderer/src/data/repos/reports';
import { addTopic, toggleTopic } from '../../../src/renderer/src/data/repos/topics';
import { cloudOfSums, screeningCloud } from '../../../src/renderer/src/data/repos/word-cloud';
import { saveWordFilter } from '../../../src/renderer/src/data/repos/word-filter';
import type { Question } from '../../../src/renderer/src/data/types';
import { insertSynced } from '../../../src/renderer/src/data/write';
import { buildScreeningReport, buildSummaryReport } from '../../../src/renderer/src/features/reports/model/build';
import { addQuestion, freshDb, seedEvening, seedMany } from './reports-fixture';

beforeEach(freshDb);
afterEach(() => vi.useRealTimers());

const opts = { clockOffsetMs: null, includeContacts: true };

/** The sums as stored, and as made now from every question row: they must be the same. */
async function storedAndFresh(screeningId: string) {
  const stored = sumsOfRows(await db().questionSums.where('screeningId').equals(screeningId).toArray());
  const questions = await db().questions.where('screeningId').equals(screeningId).toArray();
  return { stored, fresh: sumsOf(questions), questions };
}

/** The report on screen (from the kept sums) and the one from every record (as before v8, and the exports). */
async function bothReports(screeningId: string) {
  const summed = (await loadSummedRecords(screeningId))!;
  const full = (await loadScreeningRecords(screeningId))!;
  return {
    fromSums: await buildScreeningReport(summed, opts),
    fromRows: await buildScreeningReport(full, opts),
    summed,
    full,
  };
}

const texts = (qs: Question[]) => qs.filter((q) => q.status !== 'dismissed').map((q) => q.text);

describe('question sums (schema v8): the report read from them is the report read from every row', () => {
  it('stays exact through every kind of question write, and gives the same report, digest and cloud', async () => {
    const s = await seedEvening();
    const other = await seedMany(3);
    const q = await db().questions.where('screeningId').equals(s.id).toArray();
    const [a, b, c, d] = q.filter((x) => x.status === 'pending' || x.status === 'approved');
    // Moderation, merges (and a merge undone), topics, a language changed, a vote, a text edited, a delete.
    await moderate(a!.id, 'approve').catch(() => undefined);
    await moderate(a!.id, 'project');
    await moderate(a!.id, 'answered');
    await mergeQuestions(b!.id, [c!.id]);
    const topic = await addTopic(s.id, 'Visa et papiers', () => '');
    await toggleTopic(b!.id, topic.id);
    await toggleTopic(a!.id, topic.id);
    await setQuestionLanguage(b!.id, 'wo');
    await insertSynced('votes', { id: newId(), screeningId: s.id, questionId: b!.id, voter: 'V'.repeat(26) });
    await db().questions.update(d!.id, { text: 'Papiers, PAPIERS et visa : quand ?' });
    await db().questions.delete(q.find((x) => x.status === 'dismissed')!.id);
    // A bundle import or a sync pull: rows put in bulk, one of them moved to another screening.
    const moved = { ...(await db().questions.get(c!.id))!, rev: 9 };
    await db().questions.bulkPut([
      { ...moved, screeningId: other.id },
      {
        ...(await addQuestion(s.id, { askedMin: 70, text: 'Liggéey ci réew mi ?', language: 'wo', status: 'pending' })),
      },
    ]);
    await unmergeQuestions(b!.id).catch(() => 0);

    for (const id of [s.id, other.id]) {
      const { stored, fresh, questions } = await storedAndFresh(id);
      expect(stored).toEqual(fresh);
      const { fromSums, fromRows, summed, full } = await bothReports(id);
      expect(fromSums).toEqual(fromRows);
      // The page reads a handful of questions, not all of them.
      expect(summed.questions.length).toBeLessThan(full.questions.length);
      // The cloud, with the word filter changed after the questions were asked.
      await saveWordFilter('visa\nliggéey');
      const hide = ['visa', 'liggéey'];
      expect(cloudOfSums(summed.sums.words, hide)).toEqual(cloudWords(texts(questions), hide));
      expect(await screeningCloud(id)).toEqual(cloudWords(texts(questions), hide));
      await saveWordFilter('');
    }
    expect(
      (await bothReports(s.id)).fromSums.figures.questions.byTopic.find((t) => t.topic.id === topic.id)?.count,
    ).toBe(2);

    // The summary from the sums is the summary from every row.
    const [fromSums, fromRows] = await Promise.all([
      loadRangeSummed('2026-01-01', '2026-12-31').then((r) => buildSummaryReport('2026-01-01', '2026-12-31', r, null)),
      loadRangeRecords('2026-01-01', '2026-12-31').then((r) => buildSummaryReport('2026-01-01', '2026-12-31', r, null)),
    ]);
    expect(fromSums).toEqual(fromRows);
    expect(fromSums.summary.rows.length).toBe(2);

    // Cleared: nothing left counted.
    await db().questions.clear();
    expect(sumsOfRows(await db().questionSums.where('screeningId').equals(s.id).toArray())).toEqual(sumsOf([]));
    expect((await bothReports(s.id)).fromSums).toEqual((await bothReports(s.id)).fromRows);
  });

  it('a write that fails leaves the sums as they were; writes side by side in one transaction all count', async () => {
    const s = await seedEvening();
    const before = (await storedAndFresh(s.id)).stored;
    const one = await db().questions.where('screeningId').equals(s.id).first();
    await expect(
      db().transaction('rw', db().questions, async () => {
        await db().questions.put({ ...one!, text: 'Effacé par la coupure', status: 'approved' });
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect((await storedAndFresh(s.id)).stored).toEqual(before);
    const copies = ['A', 'B', 'C', 'D'].map((k) => ({ ...one!, id: newId(), text: `Dëkk ${k} ak xaalis` }));
    await db().transaction('rw', db().questions, () => Promise.all(copies.map((x) => db().questions.put(x))));
    const { stored, fresh } = await storedAndFresh(s.id);
    expect(stored).toEqual(fresh);
    expect(stored.counts.total).toBe((before.counts.total ?? 0) + 4);
  });
});
