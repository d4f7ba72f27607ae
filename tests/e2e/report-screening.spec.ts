import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { digestCheck } from './support/digest-check';
import { pdfPages, pdfQr, pdfText } from './support/pdf-tools';
import { emptyScreening, evening, PROJECTED_TEXTS } from './support/report-rows';
import { ReportsPage } from './support/reports-page';
import { seedRows } from './support/seed-db';

// Times are printed in the kiosk's time zone: Senegal's.
test.use({ timezoneId: 'Africa/Dakar' });

test('a screening report prints to a PDF with its figures, Wolof letters and a QR code that matches the data', async ({
  page,
}, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const rows = evening();
  const id = rows.screenings[0]!.id;
  const reports = new ReportsPage(page);
  await reports.open();
  await seedRows(page, rows);
  await reports.ready();
  await expect(reports.report.getByRole('heading', { name: 'Rapport de projection' })).toBeVisible();

  // The data export carries the figures the QR code vouches for.
  const json = JSON.parse((await reports.download(/Données JSON/)).bytes.toString('utf8')) as {
    digest: string;
    figures: { attendance: { reached: number }; questions: { total: number; projected: number } };
  };
  expect(json.figures.attendance.reached).toBe(54);
  expect(json.figures.questions).toMatchObject({ total: 7, projected: 4 });
  expect(digestCheck(json.figures)).toBe(json.digest);

  const pdf = await reports.pdf();
  writeFileSync(testInfo.outputPath('report.pdf'), pdf); // kept for a person to look at
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(pdf);
  expect(text).toContain('Rapport de projection');
  expect(text).toContain('Salle des fêtes, « Ndar », Kaolack, Kaolack, Sénégal');
  expect(text).toMatch(/Personnes touchées\s+54/);
  expect(text).toMatch(/Femmes\s+23/);
  expect(text).toMatch(/Projetées à l’écran\s+4/);
  for (const q of PROJECTED_TEXTS) expect(text).toContain(q);
  expect(text).toContain('Ŋ ŋ ë é ó à');
  expect(text).toContain('Coordonnées non incluses dans ce rapport.');
  expect(text).not.toContain('Aïssatou');
  expect(text).toContain(json.digest);
  // The console's own controls are not printed.
  expect(text).not.toContain('Enregistrer le rapport');
  expect(text).not.toContain('Synchronisation');

  expect(pdfQr(pdf)).toBe(`MAM1|screening|${id}|${json.digest}`);
  expect(errors).toEqual([]);
});

test('the Wolof report uses Wolof words and dates, and says when contacts are included', async ({ page }) => {
  const rows = evening('2026-03-21', 'Mbour');
  const reports = new ReportsPage(page);
  await reports.open();
  await seedRows(page, rows);
  await reports.language.selectOption('wo');
  await reports.includeContacts.check();
  await expect(reports.report.getByRole('heading', { name: 'Rapooru wone' })).toBeVisible();
  const text = pdfText(await reports.pdf());
  expect(text).toMatch(/Ñi ñu dajeel\s+54/);
  expect(text).toContain('Laaj yi');
  expect(text).toContain('Nimero yi boole nañu leen : 1 nit ñoo may.');
  expect(text).toContain('Aïssatou Sow');
  expect(text).toContain('21 Mar, 2026'); // Wolof (CLDR wo) medium date, not the French « 21 mars 2026 »
});

test('once sync has measured the device clock, the report shows corrected times and says so', async ({ page }) => {
  const rows = evening('2026-03-14', 'Diourbel');
  const reports = new ReportsPage(page);
  await reports.open();
  await seedRows(page, { ...rows, settings: [{ key: 'sync.clockOffsetMs', value: -(3_600_000 + 30_000) }] });
  const text = pdfText(await reports.pdf());
  expect(text).toMatch(/Début\s+14 mars 2026, 19:10/); // stored 18:10 on a clock 1 h 0 min 30 s slow
  expect(text).toMatch(/Fin\s+14 mars 2026, 21:00/);
  expect(text.replace(/\s+/g, ' ')).toContain(
    'Heures corrigées d’après l’horloge du serveur central (écart de l’appareil : +1:00:30).',
  );
});

test('an empty screening still makes a report, with zeros and a readable QR code', async ({ page }) => {
  const rows = emptyScreening();
  const reports = new ReportsPage(page);
  await reports.open();
  await seedRows(page, rows);
  const pdf = await reports.pdf();
  const text = pdfText(pdf);
  expect(text).toMatch(/Personnes touchées\s+0/);
  expect(text).toContain('Rien n’a été enregistré.');
  expect(text).toContain('Préparation');
  expect(pdfPages(pdf)).toBe(1);
  expect(pdfQr(pdf)).toMatch(new RegExp(`^MAM1\\|screening\\|${rows.screenings[0]!.id}\\|[0-9a-f]{64}$`));
});

test('a CSV export is a UTF-8 file with BOM, downloaded by the browser', async ({ page }) => {
  const rows = evening('2026-03-28', 'Ziguinchor');
  const reports = new ReportsPage(page);
  await reports.open();
  await seedRows(page, rows);
  await reports.ready();
  const { name, bytes } = await reports.download(/Tableau CSV/);
  expect(name).toBe('Rapport de projection - Ziguinchor - 2026-03-28.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { delimiter: ',', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...lines] = parsed.data;
  const col = (name: string) => header!.indexOf(name);
  expect(lines.find((r) => r[col('Indicateur')] === 'Personnes touchées')?.[col('Valeur')]).toBe('54');
  // One row per question, its facts in their own columns (no "Valeur" reused for "projected").
  const asked = lines.find((r) => r[col('Texte')] === PROJECTED_TEXTS[0])!;
  expect(asked[col('Rubrique')]).toBe('Question posée');
  expect(asked[col('Projetée')]).toBe('Oui');
  expect(asked[col('Valeur')]).toBe('');
});

test('a screening with 5,000 questions: the PDF and the Excel file carry them all', async ({ page }) => {
  test.setTimeout(120_000);
  const rows = evening('2026-04-02', 'Touba', 4997);
  const reports = new ReportsPage(page);
  await reports.open();
  await seedRows(page, rows);
  const pdf = await reports.pdf();
  const text = pdfText(pdf);
  expect(text).toMatch(/Total\s+5[\u202f\u00a0 ]000/); // fr-SN groups thousands with a narrow space
  expect(pdfQr(pdf)).toMatch(new RegExp(`^MAM1\\|screening\\|${rows.screenings[0]!.id}\\|[0-9a-f]{64}$`));

  const { name, bytes } = await reports.download(/Classeur Excel/);
  expect(name).toBe('Rapport de projection - Touba - 2026-04-02.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const questions = wb.getWorksheet('Questions')!;
  expect(questions.rowCount).toBe(5001);
  const texts = new Set(questions.getColumn(6).values);
  expect(texts).toContain(PROJECTED_TEXTS[0]);
  expect(texts).toContain('Laaj 4997, ñaata ?');
  const figures = wb.getWorksheet('Chiffres')!.getSheetValues();
  expect(figures.some((r) => Array.isArray(r) && r[2] === 'Total' && r[3] === 5000)).toBe(true);
});
