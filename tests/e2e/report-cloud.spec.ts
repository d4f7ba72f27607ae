import { expect, test } from '@playwright/test';
import { pdfText } from './support/pdf-tools';
import { evening } from './support/report-rows';
import { ReportsPage } from './support/reports-page';
import { merge, seedRows } from './support/seed-db';

test.use({ timezoneId: 'Africa/Dakar' });

/** An evening whose queue asks about papers (two ways of writing it), one dismissed question, two tagged. */
function papersEvening(date: string, town: string) {
  const rows = evening(date, town);
  const [q0, q1, , pending, approved, dismissed] = rows.questions;
  Object.assign(pending!, { text: 'Les papiers pour voyager ?' });
  Object.assign(approved!, { text: 'Mes Papiers, où les faire ?' });
  expect(dismissed!.status).toBe('dismissed');
  Object.assign(dismissed!, { text: 'Frontière fermée demain ?' });
  Object.assign(q0!, { topics: ['papers_legal'] });
  Object.assign(q1!, { topics: ['papers_legal', 'work_money'] });
  return rows;
}

test('the screening report shows and prints the evening’s word cloud, a dismissed question’s words left out', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const reports = new ReportsPage(page);
  await reports.open();
  await seedRows(page, papersEvening('2026-03-14', 'Kaolack'));
  await reports.ready();
  const cloud = reports.report.getByRole('img', { name: /^Nuage des mots des questions/ });
  // "papiers" and "Papiers" are one word, asked by two questions, shown as most wrote it.
  await expect(cloud.locator('text', { hasText: /^papiers$/ })).toHaveAttribute('data-count', '2');
  await expect(cloud).toContainText('voyager');
  await expect(cloud).not.toContainText('frontière');
  await expect(reports.report.getByRole('heading', { name: 'Les mots des questions' })).toBeVisible();

  const text = pdfText(await reports.pdf());
  expect(text).toContain('Les mots des questions');
  expect(text).toContain('papiers');
  expect(text).toContain('voyager');
  expect(text).not.toMatch(/frontière/i);
  expect(errors).toEqual([]);
});

test('the summary counts questions by topic across its screenings, in the view, the PDF and the JSON', async ({
  page,
}) => {
  const reports = new ReportsPage(page);
  await reports.open();
  await seedRows(page, merge(papersEvening('2026-03-01', 'Kaolack'), papersEvening('2026-03-14', 'Thiès')));
  await reports.showSummary('2026-03-01', '2026-03-31');
  const topics = reports.report.getByRole('table', { name: 'Questions par thème' });
  await expect(topics.getByRole('row', { name: 'Papiers et voies légales 4' })).toBeVisible();
  await expect(topics.getByRole('row', { name: 'Travail et argent au pays 2' })).toBeVisible();
  await expect(topics.getByRole('row')).toHaveCount(2);

  const json = JSON.parse((await reports.download(/Données JSON/)).bytes.toString('utf8')) as {
    summary: { byTopic: { key: string; count: number }[] };
  };
  // In the topic list's order.
  expect(json.summary.byTopic.map(({ key, count }) => [key, count])).toEqual([
    ['work_money', 2],
    ['papers_legal', 4],
  ]);
  expect(pdfText(await reports.pdf())).toMatch(/Papiers et voies légales\s+4/);
});
