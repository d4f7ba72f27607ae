import { expect, test } from '@playwright/test';
import { DebatePage } from './support/debate-page';
import { seedDebateWith } from './support/debate-rows';
import { ReportsPage } from './support/reports-page';

const TEXTS = [
  'Comment avoir des papiers ?',
  'comment AVOIR les papiers',
  'Papiers : comment les avoir ?',
  'Quel travail ici, au pays ?',
  'Naka lañuy am kayit ?',
];

test('merge duplicates: suggested, merged into one that says "asked 3 times", undone, by click and by key', async ({
  context,
}) => {
  const page = await context.newPage();
  await seedDebateWith(page, TEXTS);
  const debate = new DebatePage(page);
  await debate.goto();
  const bar = debate.mergeBar;

  // The suggester points at the likely duplicates, and merges nothing by itself.
  await debate
    .row(TEXTS[0]!)
    .getByRole('button', { name: /^2 doublons probables/ })
    .click();
  await expect(bar).toContainText('3 questions choisies');
  await expect(debate.rows()).toHaveCount(5);
  await bar.getByLabel('Motif (facultatif)').fill('même question');
  await bar.getByRole('button', { name: /^Fusionner/ }).click();
  await expect(bar.getByRole('status')).toHaveText(/3 questions fusionnées en une\./);
  await expect(debate.rows()).toHaveCount(3);
  const kept = debate.row(TEXTS[0]!);
  await kept.getByRole('button', { name: 'posée 3 fois' }).click();
  const originals = kept.getByRole('list', { name: 'Les questions fusionnées, telles que posées' });
  await expect(originals.getByRole('listitem')).toHaveText([TEXTS[1]!, TEXTS[2]!]);
  await expect(debate.counter(/^Questions/, 'Fusionnées')).toHaveText('2');

  // Undo brings both back as they were.
  await bar.getByRole('button', { name: /Défaire la fusion/ }).click();
  await expect(debate.rows()).toHaveCount(5);
  await expect(kept.getByRole('button', { name: /posée/ })).toHaveCount(0);

  // By key: S chooses the selected row, M merges into the oldest chosen, U undoes it.
  await debate.select(TEXTS[3]!);
  await page.keyboard.press('s');
  await expect(bar).toContainText('1 question choisie');
  // One question alone cannot be merged (it would be merged into itself): said, nothing changes.
  await page.keyboard.press('m');
  await expect(bar.getByRole('alert')).toHaveText('Choisissez au moins deux questions en attente ou approuvées.');
  await debate.select(TEXTS[4]!);
  await page.keyboard.press('s');
  await page.keyboard.press('m');
  await expect(debate.rows()).toHaveCount(4);
  await expect(debate.row(TEXTS[3]!).getByRole('button', { name: 'posée 2 fois' })).toBeVisible();
  await debate.select(TEXTS[3]!);
  await page.keyboard.press('u');
  await expect(debate.rows()).toHaveCount(5);

  // Merged again, the report and its exports count the merge and everyone who asked.
  await page.keyboard.press('d');
  await debate.select(TEXTS[0]!);
  await page.keyboard.press('d');
  await expect(bar).toContainText('3 questions choisies');
  await page.keyboard.press('m');
  await expect(debate.rows()).toHaveCount(3);
  const reports = new ReportsPage(page);
  await reports.open();
  await reports.ready();
  await expect(reports.report.getByRole('row', { name: /Fusionnées dans une autre\s+2/ })).toBeVisible();
  await expect(
    reports.report.getByRole('row', { name: /Questions distinctes \(doublons fusionnés\)\s+3/ }),
  ).toBeVisible();
  await expect(reports.report.getByRole('row', { name: /Dont posées plusieurs fois\s+1/ })).toBeVisible();
  const json = JSON.parse((await reports.download(/Données JSON/)).bytes.toString('utf8')) as {
    figures: { questions: { total: number; distinct: number; byStatus: { merged: number } } };
  };
  expect(json.figures.questions).toMatchObject({ total: 5, distinct: 3, byStatus: { merged: 2 } });
  const csv = (await reports.download(/Tableau CSV/)).bytes.toString('utf8');
  expect(csv).toMatch(/Questions distinctes \(doublons fusionnés\),3/);
  expect(csv.match(/Fusionnées dans une autre/g)?.length).toBe(3); // the figure, and each merged duplicate's row
});
