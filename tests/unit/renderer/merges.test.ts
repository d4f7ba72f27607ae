import { beforeEach, describe, expect, it } from 'vitest';
import { eventSchema, MERGE_MAX, questionSchema } from '@shared/records';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import {
  askedCounts,
  mergeQuestions,
  MergeRejected,
  originalsOf,
  unmergeQuestions,
} from '../../../src/renderer/src/data/repos/merges';
import { getQuestion, moderate, questionCounts, submitQuestion } from '../../../src/renderer/src/data/repos/questions';
import { loadScreeningRecords } from '../../../src/renderer/src/data/repos/reports';
import { createScreening } from '../../../src/renderer/src/data/repos/screenings';
import { screeningFigures } from '../../../src/renderer/src/features/reports/model/figures';

beforeEach(() => setDbForTests(new KioskDB(`merges-test-${newId()}`)));

const evening = () =>
  createScreening({
    place: { town: 'Louga', venue: 'Foyer', region: 'Louga', country: 'Sénégal' },
    date: '2026-12-01',
    facilitators: ['Awa'],
    panelists: [],
    filmId: 'sample',
  });
const problemOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof MergeRejected ? e.problem : e),
  );

async function fourQuestions() {
  const s = await evening();
  const ask = (text: string) => submitQuestion({ screeningId: s.id, text, language: 'fr' });
  const qs = [await ask('Les papiers ?'), await ask('Comment avoir des papiers'), await ask('Papiers !')];
  const voice = await submitQuestion({
    screeningId: s.id,
    text: '',
    language: 'wo',
    audio: { data: new Blob([new Uint8Array([1, 2, 3])], { type: 'audio/webm' }), durationSec: 4 },
  });
  return { s, qs: [...qs, voice] };
}

describe('merged duplicates', () => {
  it('merge keeps every original (text or voice), counts "asked N times", audits who and why, and undo restores', async () => {
    const { s, qs } = await fourQuestions();
    const [keep, a, b, voice] = qs as [(typeof qs)[0], (typeof qs)[0], (typeof qs)[0], (typeof qs)[0]];
    await moderate(a.id, 'approve');
    const res = await mergeQuestions(keep.id, [a.id, b.id, voice.id], { by: 'Awa', reason: 'même question' });
    expect(res).toEqual({ merged: [a.id, b.id, voice.id], skipped: [] });
    const originals = await originalsOf(keep.id);
    expect(originals.map((q) => [q.text, q.status, q.mergedInto])).toEqual([
      [a.text, 'merged', keep.id],
      [b.text, 'merged', keep.id],
      ['', 'merged', keep.id],
    ]);
    expect(originals[2]!.audioHash).toBe(voice.audioHash);
    for (const q of originals) expect(questionSchema.safeParse(q).success).toBe(true);
    expect((await askedCounts([keep.id])).get(keep.id)).toBe(4);
    const counts = await questionCounts(s.id);
    expect(counts.byStatus.pending).toBe(1);
    expect(counts.byStatus.merged).toBe(3);

    const events = await db().events.where('[screeningId+type]').equals([s.id, 'moderation']).sortBy('id');
    const merge = events.at(-1)!;
    expect(eventSchema.safeParse(merge).success).toBe(true);
    expect(merge.data).toEqual({
      questionId: keep.id,
      action: 'merge',
      questions: [
        { id: a.id, from: 'approved' },
        { id: b.id, from: 'pending' },
        { id: voice.id, from: 'pending' },
      ],
      by: 'Awa',
      reason: 'même question',
    });

    expect(await unmergeQuestions(keep.id, undefined, { by: 'Awa' })).toBe(3);
    expect((await getQuestion(a.id))!.status).toBe('approved');
    expect((await getQuestion(b.id))!.status).toBe('pending');
    expect((await getQuestion(b.id))!.mergedInto).toBeUndefined();
    expect((await getQuestion(b.id))!.statusAt.merged).toBeUndefined();
    expect((await askedCounts([keep.id])).get(keep.id)).toBe(1);
    // Undone twice (another window): nothing more happens.
    expect(await unmergeQuestions(keep.id)).toBe(0);
  });

  it('a merged question merged again keeps its own duplicates, and undo gives them back together', async () => {
    const { qs } = await fourQuestions();
    const [keep, a, b, c] = qs.map((q) => q.id) as [string, string, string, string];
    await mergeQuestions(a, [b, c]);
    await mergeQuestions(keep, [a]);
    expect(await askedCounts([keep, a])).toEqual(
      new Map([
        [keep, 4],
        [a, 3],
      ]),
    );
    await unmergeQuestions(keep);
    expect((await getQuestion(a))!.status).toBe('pending');
    expect((await originalsOf(a)).map((q) => q.id)).toEqual([b, c]);
  });

  it('refuses to merge a question into itself, into a dismissed or merged one, nothing, or more than 500', async () => {
    const { qs } = await fourQuestions();
    const [keep, a, b, c] = qs.map((q) => q.id) as [string, string, string, string];
    expect(await problemOf(mergeQuestions(keep, [keep]))).toBe('into_itself');
    expect(await problemOf(mergeQuestions(keep, [a, keep]))).toBe('into_itself');
    expect(await problemOf(mergeQuestions(keep, []))).toBe('nothing');
    await moderate(c, 'dismiss');
    expect(await problemOf(mergeQuestions(c, [a]))).toBe('into_dismissed');
    await mergeQuestions(keep, [b]);
    expect(await problemOf(mergeQuestions(b, [a]))).toBe('into_merged');
    // A dismissed question is not merged away: nothing left to merge.
    expect(await problemOf(mergeQuestions(keep, [c]))).toBe('nothing');
    const many = Array.from({ length: MERGE_MAX + 1 }, () => newId());
    expect(await problemOf(mergeQuestions(keep, many))).toBe('over_max');
    expect((await getQuestion(a))!.status).toBe('pending');
  });

  it(
    'merges 500 questions at once, and the report counts the question kept and everyone who asked',
    { timeout: 90_000 },
    async () => {
      const s = await evening();
      const ask = (text: string) => submitQuestion({ screeningId: s.id, text, language: 'wo' });
      const keep = await ask('Naka lañuy am kayit ?');
      const dupes = [];
      for (let i = 0; i < MERGE_MAX; i++) dupes.push((await ask(`Kayit ${i}`)).id);
      await ask('Ñaata la ?');
      const res = await mergeQuestions(keep.id, dupes);
      expect(res.merged).toHaveLength(MERGE_MAX);
      expect((await askedCounts([keep.id])).get(keep.id)).toBe(MERGE_MAX + 1);
      const f = screeningFigures((await loadScreeningRecords(s.id))!);
      expect(f.questions.total).toBe(MERGE_MAX + 2);
      expect(f.questions.byStatus.merged).toBe(MERGE_MAX);
      expect(f.questions.distinct).toBe(2);
      expect(f.questions.askedMoreThanOnce).toBe(1);
    },
  );
});
