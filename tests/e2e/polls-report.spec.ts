import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ConsolePage } from './support/console-page';
import { KioskPollScreen, PollsPage, screeningWithTwelvePresent } from './support/polls-page';
import { ReportsPage } from './support/reports-page';

const BEFORE = 'Partir sans papiers, est-ce risqué ?';
const AFTER = 'Après le film : partir sans papiers, est-ce risqué ?';

/** Builds a yes/no poll (paired with `pairWith` when given), opens it and types a show of hands. */
async function pollWithHands(polls: PollsPage, question: string, hands: Record<string, string>, pairWith?: string) {
  await polls.newPoll();
  await polls.editor.getByLabel('Question', { exact: true }).fill(question);
  if (pairWith) {
    await polls.editor.getByRole('combobox', { name: 'Quand', exact: true }).selectOption({ label: 'Après le débat' });
    await polls.editor
      .getByRole('combobox', { name: 'Comparer avec un sondage « avant le film »' })
      .selectOption({ label: pairWith });
  }
  await polls.save();
  await expect(polls.editor).toBeHidden();
  await polls.act(question, 'Ouvrir');
  const form = await polls.hands(question, hands);
  await expect(form.getByRole('status')).toHaveText('Mains levées enregistrées.');
}

async function kioskAnswer(page: Page, question: string, choice: string) {
  const kiosk = new KioskPollScreen(page);
  await expect(kiosk.question(question)).toBeVisible();
  await kiosk.answer(choice);
  await expect(kiosk.thanks).toBeVisible();
  await kiosk.nextPerson();
}

test('a before poll and its after pair are answered; the report, its CSV and its Excel file show the same change with n on both sides', async ({
  context,
}) => {
  const page = await context.newPage();
  const console = new ConsolePage(page);
  await console.goto();
  await screeningWithTwelvePresent(page);

  const polls = new PollsPage(page);
  await polls.goto();
  const kioskPage = await context.newPage();
  await kioskPage.goto('#/kiosk');
  // Before: one kiosk visit (Non) and 2 / 5 hands: n = 8, Oui 25 %, Non 75 %.
  await pollWithHands(polls, BEFORE, { Oui: '2', Non: '5' });
  await kioskAnswer(kioskPage, BEFORE, 'Non');
  await polls.act(BEFORE, 'Fermer');
  // After: 6 / 1 hands and one kiosk visit (Oui): n = 8, Oui 87,5 %, Non 12,5 %.
  await pollWithHands(polls, AFTER, { Oui: '6', Non: '1' }, BEFORE);
  // A kiosk left on the next visit keeps the closed before poll until someone answers it
  // (held for the visit), so the after poll is answered on a kiosk page opened afresh.
  await kioskPage.reload();
  await kioskAnswer(kioskPage, AFTER, 'Oui');
  await polls.act(AFTER, 'Fermer');

  const reports = new ReportsPage(page);
  await reports.open();
  await reports.ready();
  const section = reports.report.locator('section.report__polls');
  await expect(section).toContainText(
    'Réponses comptées par passage à la borne (et par main levée), pas par personne.',
  );
  const pair = section.locator('table.report__pair');
  await expect(pair.locator('caption')).toHaveText(`${AFTER} — Avant : n = 8 · après : n = 8`);
  await expect(pair.getByRole('row', { name: /^Oui/ })).toHaveText(/Oui\s*25 %\s*87,5 %\s*\+62,5/);
  await expect(pair.getByRole('row', { name: /^Non/ })).toHaveText(/Non\s*75 %\s*12,5 %\s*-62,5/);

  const csv = await reports.download(/Tableau CSV/);
  const parsed = Papa.parse<string[]>(csv.bytes.subarray(3).toString('utf8'), { delimiter: ',', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...lines] = parsed.data;
  const col = (name: string) => header!.indexOf(name);
  const csvValue = (indicator: string) => lines.find((r) => r[col('Indicateur')] === indicator)?.[col('Valeur')];
  expect(csvValue('Comptage')).toBe('Réponses comptées par passage à la borne (et par main levée), pas par personne.');
  expect(csvValue(`${AFTER} — n avant`)).toBe('8');
  expect(csvValue(`${AFTER} — n après`)).toBe('8');
  expect(csvValue(`${AFTER} — Oui — avant (%)`)).toBe('25');
  expect(csvValue(`${AFTER} — Oui — après (%)`)).toBe('87.5');
  expect(csvValue(`${AFTER} — Oui — évolution (points)`)).toBe('62.5');
  expect(csvValue(`${AFTER} — Non — évolution (points)`)).toBe('-62.5');
  expect(csvValue(`${BEFORE} (avant le film) — n borne`)).toBe('1');
  expect(csvValue(`${BEFORE} (avant le film) — n mains levées`)).toBe('7');

  const xlsx = await reports.download(/Classeur Excel/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer,
  );
  const figures = wb.getWorksheet('Chiffres')!.getSheetValues().filter(Array.isArray) as unknown[][];
  const xlsxValue = (indicator: string) => figures.find((r) => r[2] === indicator)?.[3];
  expect(xlsxValue('Comptage')).toBe('Réponses comptées par passage à la borne (et par main levée), pas par personne.');
  expect(xlsxValue(`${AFTER} — n avant`)).toBe(8);
  expect(xlsxValue(`${AFTER} — n après`)).toBe(8);
  expect(xlsxValue(`${AFTER} — Oui — avant (%)`)).toBe(25);
  expect(xlsxValue(`${AFTER} — Oui — après (%)`)).toBe(87.5);
  expect(xlsxValue(`${AFTER} — Oui — évolution (points)`)).toBe(62.5);
  expect(xlsxValue(`${AFTER} — Non — évolution (points)`)).toBe(-62.5);
});
