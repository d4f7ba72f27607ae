import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRangeRecords, loadScreeningRecords } from '../../../src/renderer/src/data/repos/reports';
import { buildScreeningReport, buildSummaryReport } from '../../../src/renderer/src/features/reports/model/build';
import { screeningXlsx, summaryXlsx } from '../../../src/renderer/src/features/reports/export/xlsx';
import { freshDb, NASTY, reportText, seedEvening, seedMany } from './reports-fixture';

beforeEach(freshDb);
afterEach(() => vi.useRealTimers());

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK'); // a zip, as every .xlsx is
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const values = (ws: ExcelJS.Worksheet) =>
  ws
    .getSheetValues()
    .slice(1)
    .map((r) => (Array.isArray(r) ? r.slice(1) : []));

describe('XLSX', () => {
  it('reads back the same figures and texts; formula-looking text stays text', async () => {
    const s = await seedEvening();
    const records = (await loadScreeningRecords(s.id))!;
    const report = await buildScreeningReport(records, { clockOffsetMs: null, includeContacts: false });
    const progress: number[] = [];
    const wb = await read(await screeningXlsx(report, records, reportText('fr'), (p) => progress.push(p)));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chiffres', 'Questions', 'Engagements']);
    expect(progress.at(-1)).toBe(1);

    const figures = values(wb.getWorksheet('Chiffres')!);
    const value = (indicator: string) => figures.find((r) => r[1] === indicator)?.[2];
    expect(value('Personnes touchées')).toBe(54);
    expect(value('Hommes')).toBe(31);
    expect(value('Orales')).toBe(3);
    expect(value('Empreinte')).toBe(report.digest);

    const questions = wb.getWorksheet('Questions')!;
    const texts = values(questions)
      .slice(1)
      .map((r) => r[5]);
    // Inside a cell a line break is LF (XML would drop a raw CR); everything else is unchanged.
    expect(texts.sort()).toEqual(NASTY.map((t) => t.replace(/\r\n/g, '\n')).sort());
    questions.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(values(wb.getWorksheet('Engagements')!).some((r) => r[4] === '=1+1')).toBe(true);
  });

  it('adds a contacts sheet only when chosen, with Wolof words', async () => {
    const s = await seedEvening();
    const records = (await loadScreeningRecords(s.id))!;
    const report = await buildScreeningReport(records, { clockOffsetMs: null, includeContacts: true });
    const wb = await read(await screeningXlsx(report, records, reportText('wo')));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Lim yi', 'Laaj yi', 'Dige yi', 'Nimero yi']);
    expect(values(wb.getWorksheet('Nimero yi')!)[1]).toEqual([
      'Xàmmale xibaaru film bi',
      'Aïssatou Sow',
      '+221 77 123 45 67',
      'v1',
      '2026-03-14T19:45:00.000Z',
    ]);
  });

  // 5,000 questions seeded through the repos: slow on a loaded 2-core machine, not a speed check (see npm run bench).
  it('handles a 5,000-question screening and a summary', { timeout: 90_000 }, async () => {
    const s = await seedMany(5000);
    await seedEvening('2026-04-05', 'Saint-Louis');
    const records = (await loadScreeningRecords(s.id))!;
    const report = await buildScreeningReport(records, { clockOffsetMs: null, includeContacts: false });
    const wb = await read(await screeningXlsx(report, records, reportText('fr')));
    const q = values(wb.getWorksheet('Questions')!);
    expect(q).toHaveLength(5001);
    expect(q[5000]![5]).toMatch(/^Laaj \d+: ñaata, ŋ, « \d+ » \?$/);

    const all = await loadRangeRecords('2026-04-01', '2026-04-30');
    const summary = await buildSummaryReport('2026-04-01', '2026-04-30', all, null);
    const sw = await read(await summaryXlsx(summary, reportText('fr')));
    const rows = values(sw.getWorksheet('Synthèse')!);
    expect(rows.map((r) => r[2])).toEqual(['Commune', 'Touba', 'Saint-Louis', undefined]);
    expect(rows.at(-1)![0]).toBe('Total');
    expect(rows.at(-1)![15]).toBe(5010);
    const ind = values(sw.getWorksheet('Indicateurs')!);
    expect(ind.find((r) => r[0] === 'Personnes touchées')![1]).toBe(54);
    expect(ind.find((r) => r[0] === 'Projections tenues')![1]).toBe(2);
  });
});
