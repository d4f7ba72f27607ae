import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { digestCheck } from './support/digest-check';
import { pdfQr, pdfText } from './support/pdf-tools';
import { emptyScreening, evening } from './support/report-rows';
import { ReportsPage } from './support/reports-page';
import { merge, seedRows } from './support/seed-db';

test('a summary over March lists its screenings, totals IOM’s indicators and prints with a matching QR', async ({
  page,
}) => {
  const reports = new ReportsPage(page);
  await reports.open();
  await seedRows(
    page,
    merge(
      evening('2026-03-01', 'Kaolack'),
      evening('2026-03-14', 'Thiès', 4, 80),
      emptyScreening('2026-03-20'),
      evening('2026-04-20', 'Louga'),
    ),
  );
  await reports.showSummary('2026-03-01', '2026-03-31');
  await expect(reports.report.getByRole('heading', { name: 'Synthèse des projections' })).toBeVisible();
  const rowsTable = reports.report.getByRole('table');
  await expect(rowsTable.getByRole('row')).toHaveCount(5); // header, three screenings, totals
  await expect(rowsTable).not.toContainText('Louga');

  const json = JSON.parse((await reports.download(/Données JSON/)).bytes.toString('utf8')) as {
    digest: string;
    summary: { totals: Record<string, number> };
  };
  expect(json.summary.totals).toMatchObject({ screenings: 3, held: 2, reached: 134, questions: 14, pledges: 6 });
  expect(digestCheck(json.summary)).toBe(json.digest);

  const pdf = await reports.pdf();
  const text = pdfText(pdf);
  expect(text).toContain('Du 1 mars 2026 au 31 mars 2026');
  expect(text).toMatch(/Projections tenues\s+Personnes touchées\s+Questions\s+Engagements/);
  expect(text).toMatch(/\b2\s+134\s+14\s+6\b/);
  expect(text).toContain('Thiès');
  expect(text).not.toContain('Louga');
  expect(pdfQr(pdf)).toBe(`MAM1|summary|2026-03-01_2026-03-31|${json.digest}`);

  const { bytes } = await reports.download(/Classeur Excel/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = wb.getWorksheet('Synthèse')!;
  expect(sheet.getColumn(3).values).toEqual([undefined, 'Commune', 'Kaolack', 'Thiès', 'Fatick', undefined]);
  expect(sheet.getRow(5).getCell(1).value).toBe('Total');
  expect(sheet.getRow(5).getCell(15).value).toBe(134);
});

test('a range that ends before it starts is refused with a message', async ({ page }) => {
  const reports = new ReportsPage(page);
  await reports.open();
  await reports.showSummary('2026-04-01', '2026-03-01');
  await expect(page.getByRole('alert')).toHaveText('Choisissez deux dates, la première avant la seconde.');
  await expect(reports.report).toHaveCount(0);
});
