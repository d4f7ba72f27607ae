import { cloudWords } from '@shared/word-cloud';
import { describe, expect, it } from 'vitest';
import { KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import {
  shardOf,
  sumsOf,
  sumsOfRows,
  type QuestionSumRow,
  type SumPart,
} from '../../../../src/renderer/src/data/question-sums';
import { loadScreeningRecords, loadSummedRecords } from '../../../../src/renderer/src/data/repos/reports';
import { moderate, submitQuestion } from '../../../../src/renderer/src/data/repos/questions';
import { cloudOfSums } from '../../../../src/renderer/src/data/repos/word-cloud';
import type { Question } from '../../../../src/renderer/src/data/types';
import { buildScreeningReport } from '../../../../src/renderer/src/features/reports/model/build';
import { v1 } from '../../../../src/renderer/src/data/schema/v1';
import { v2 } from '../../../../src/renderer/src/data/schema/v2';
import { v3 } from '../../../../src/renderer/src/data/schema/v3';
import { v4 } from '../../../../src/renderer/src/data/schema/v4';
import { v5 } from '../../../../src/renderer/src/data/schema/v5';
import { v6 } from '../../../../src/renderer/src/data/schema/v6';
import { v7 } from '../../../../src/renderer/src/data/schema/v7';
import { closedAfterEach, freshName, openAt, shape } from './schema-harness';

const opened = closedAfterEach();

// Questions as a v7 kiosk stored them, in two screenings: moderated, merged, spoken, tagged.
const at = (min: number) => new Date(Date.UTC(2026, 10, 16, 19, min)).toISOString();
const OLD = (n: number, extra: Partial<Question>): Question => ({
  id: `01KOLD00000000000000000${String(n).padStart(3, '0')}`,
  rev: 1,
  createdAt: at(n),
  updatedAt: at(n),
  screeningId: 'S1',
  text: `Question ${n} : pourquoi partir sans papiers ?`,
  language: 'fr',
  status: 'pending',
  statusAt: { pending: at(n) },
  ...extra,
});
const ROWS = [
  OLD(1, {}),
  OLD(2, { source: 'phone', language: 'wo', text: 'Lan mooy liggéey ci Tugal ?', topics: ['T1'] }),
  OLD(3, {
    status: 'answered',
    statusAt: { pending: at(3), on_stage: at(4), answered: at(9) },
    audioHash: 'a'.repeat(64),
  }),
  OLD(4, { status: 'merged', mergedInto: OLD(1, {}).id, statusAt: { pending: at(4), merged: at(5) } }),
  OLD(5, { status: 'dismissed', text: 'Visa visa visa' }),
  OLD(6, { screeningId: 'S2', text: 'Papiers ?' }),
];
const SCREENING = (id: string) => ({
  id,
  rev: 1,
  createdAt: at(0),
  updatedAt: at(0),
  kioskId: 'K1',
  place: { town: 'Thiès', venue: 'Salle', region: 'Thiès', country: 'Sénégal' },
  date: '2026-11-16',
  phase: 'debate',
  facilitators: [],
  panelists: [],
  attendance: { women: 1, men: 1, youth: 1, adults: 1 },
  notes: '',
  topics: [{ id: 'T1', label: 'Travail' }],
});

describe('schema version 8', () => {
  it('adds question sums, built by the upgrade from the v7 questions; the report from them is the report from the rows', async () => {
    const name = freshName('v8-upgrade');
    const older = await openAt(name, [v1, v2, v3, v4, v5, v6, v7]);
    await older.table('screenings').bulkPut([SCREENING('S1'), SCREENING('S2')]);
    await older.table('questions').bulkPut(ROWS);
    older.close();

    const current = new KioskDB(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(8); // v9 (counters) opens over it
    expect(shape(current).questionSums).toEqual(['[screeningId+part]', 'screeningId']);
    setDbForTests(current);
    // Nothing rewritten; each screening's three parts built from its questions.
    expect(await current.questions.get(ROWS[0]!.id)).toEqual(ROWS[0]);
    const rows: QuestionSumRow[] = await current.questionSums.toArray();
    expect(new Set(rows.map((r) => r.screeningId))).toEqual(new Set(['S1', 'S2']));
    const s1 = sumsOf(ROWS.filter((q) => q.screeningId === 'S1'));
    expect(sumsOfRows(rows.filter((x) => x.screeningId === 'S1'))).toEqual(s1);
    expect(s1.counts.total).toBe(5);
    // Each key in its one shard.
    for (const r of rows)
      for (const k of Object.keys(r.n)) expect(shardOf(r.part.split('.')[0] as SumPart, k)).toBe(r.part);

    const opts = { clockOffsetMs: null, includeContacts: false };
    const report = async () => ({
      fromSums: await buildScreeningReport((await loadSummedRecords('S1'))!, opts),
      fromRows: await buildScreeningReport((await loadScreeningRecords('S1'))!, opts),
    });
    const first = await report();
    expect(first.fromSums).toEqual(first.fromRows);
    expect(first.fromSums.figures.questions).toMatchObject({
      total: 5,
      spoken: 1,
      projected: 1,
      distinct: 4,
      askedMoreThanOnce: 1,
    });
    expect(first.fromSums.figures.questions.byTopic).toEqual([{ topic: { id: 'T1', label: 'Travail' }, count: 1 }]);
    const texts = ROWS.filter((q) => q.screeningId === 'S1' && q.status !== 'dismissed').map((q) => q.text);
    expect(cloudOfSums((await loadSummedRecords('S1'))!.sums.words, [])).toEqual(cloudWords(texts));

    // From then on every write keeps them.
    const q = await submitQuestion({ screeningId: 'S1', text: 'Et le travail ici ?', language: 'wo' });
    await moderate(q.id, 'project');
    const after = await report();
    expect(after.fromSums).toEqual(after.fromRows);
    expect(after.fromSums.figures.questions).toMatchObject({ total: 6, projected: 2 });
  });
});
