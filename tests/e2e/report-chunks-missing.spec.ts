import { expect, test } from '@playwright/test';
import { evening, PROJECTED_TEXTS } from './support/report-rows';
import { ReportsPage } from './support/reports-page';
import { seedRows } from './support/seed-db';

test.use({ timezoneId: 'Africa/Dakar' });

// The report's own chunks: the charts (recharts), the word cloud's layout (d3-cloud), the QR encoder (qrcode).
const REPORT_CHUNKS = /\/assets\/(ReportCharts|WordCloud|browser)-[\w-]+\.js$/;

test('a report whose charts, word cloud and QR code cannot be loaded says so in its language, and shows and saves the rest', async ({
  page,
}) => {
  await page.route(REPORT_CHUNKS, (route) => route.abort());
  const reports = new ReportsPage(page);
  await reports.open();
  await seedRows(page, evening('2026-03-14', 'Kaolack'));
  const report = reports.report;
  // Not left on "loading": each missing part says so where it would be.
  await expect(report.getByText(/Les graphiques n’ont pas pu être chargés/)).toBeVisible();
  await expect(report.getByText(/Le nuage de mots n’a pas pu être dessiné/)).toBeVisible();
  await expect(report.getByText(/Le code de vérification n’a pas pu être créé/)).toBeVisible();
  await expect(page.getByText('Chargement du rapport…')).toHaveCount(0);
  // Everything else is there: the figures, the projected questions, the digest.
  await expect(report.getByRole('table', { name: 'Questions' })).toContainText('7');
  for (const text of PROJECTED_TEXTS) await expect(report).toContainText(text.split(' ?')[0]!);
  await expect(report.locator('.report__digest')).toHaveText(/^[0-9a-f]{64}$/);
  // And it can still be saved.
  const json = JSON.parse((await reports.download(/Données JSON/)).bytes.toString('utf8')) as {
    figures: { questions: { total: number } };
  };
  expect(json.figures.questions.total).toBe(7);

  // In Wolof, the same messages in Wolof.
  await reports.language.selectOption('wo');
  await expect(report.getByText(/Garaafik yi mënuñu leen a yeb/)).toBeVisible();
  await expect(report.getByText(/Baat yi ci laaj yi mënuñu leen a rëdd/)).toBeVisible();
  await expect(report.getByText(/Kood bu ñuy seete bi mënuñu ko def/)).toBeVisible();
});
