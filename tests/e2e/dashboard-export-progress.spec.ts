import { expect, test } from '@playwright/test';
import { sqliteUrl, startCollector, type Collector } from '../unit/server/harness';
import { DashboardPage } from './support/dashboard-page';
import { ADMIN, ANALYST, seedDashboard } from './support/dashboard-seed';
import { readCsv, readJson } from './support/dashboard-files';

// Exports of more screenings than `progressAbove` are built in the background with a page
// that shows how far they are. Lowered to 2 here, so the seeded three count as large.
let c: Collector;
test.beforeAll(async () => {
  c = await startCollector(sqliteUrl(), 10_000, 0, { staff: { progressAbove: 2 } });
  await seedDashboard(c);
});
test.afterAll(async () => c?.close());

test('a large export opens its progress page, then offers its file; nobody else can fetch it', async ({
  page,
  browser,
}) => {
  const d = new DashboardPage(page, c.url);
  await d.signIn(ANALYST.email, ANALYST.password);
  await page.getByRole('link', { name: 'JSON', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Preparing the JSON export', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText('The JSON export is ready.');
  const json = readJson(await d.download(() => page.getByRole('link', { name: 'Download the JSON file' }).click()));
  expect(json).toHaveLength(3);
  expect(JSON.stringify(json)).not.toContain('+2217');

  // The export is the analyst's: an admin signed in elsewhere finds nothing at its address.
  const other = await browser.newContext();
  const admin = new DashboardPage(await other.newPage(), c.url);
  await admin.signIn(ADMIN.email, ADMIN.password);
  for (const url of [page.url(), `${page.url()}/file`]) {
    const r = await admin.page.request.get(url);
    expect(r.status()).toBe(404);
  }
  await other.close();
});

test('a large contact export is audited, shows progress in French, and gives only consented contacts', async ({
  page,
}) => {
  const d = new DashboardPage(page, c.url);
  await d.signIn(ADMIN.email, ADMIN.password);
  await page.getByRole('link', { name: 'Français' }).click();
  const label = 'Exporter avec les coordonnées (avec accord seulement, inscrit au journal d’audit)';
  await page.getByRole('combobox', { name: label }).selectOption('csv');
  await page.getByRole('button', { name: label }).click();
  await expect(page.getByRole('heading', { name: 'Préparation de l’export CSV', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText('L’export CSV est prêt.');
  const rows = readCsv(await d.download(() => page.getByRole('link', { name: 'Télécharger le fichier CSV' }).click()));
  expect(rows.map((r) => r.name).sort()).toEqual(['Fatou Sarr', 'Mamadou Ba']);
  await page.goto(`${c.url}/staff/audit`);
  await expect(page.locator('tbody tr').first()).toContainText(ADMIN.email);
});
