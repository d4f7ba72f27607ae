import { expect, test } from '@playwright/test';
import { ClosingPage } from './support/closing-page';
import { evening } from './support/report-rows';
import { seedRows, type SeedSetting } from './support/seed-db';

/** A screening in its debate, made the active one, with nobody counted yet. */
function debateTonight() {
  const rows = evening('2026-06-06', 'Kolda', 2);
  const s = rows.screenings[0]!;
  Object.assign(s, { phase: 'debate', endedAt: undefined, notes: '' });
  s.attendance = { women: 0, men: 0, youth: 0, adults: 0 };
  rows.events = rows.events.filter((e) => e.type !== 'phase' || (e.data.to !== 'pledges' && e.data.to !== 'closed'));
  return { ...rows, settings: [{ key: 'screening.active', value: s.id } satisfies SeedSetting] };
}

test('attendance taps are saved one by one and survive a restart', async ({ page }) => {
  const closing = new ClosingPage(page);
  await closing.open();
  await expect(page.getByText('Aucune projection en cours.', { exact: false })).toBeVisible();
  await seedRows(page, debateTonight());

  await closing.add('Femmes', 3);
  await closing.remove('Femmes');
  await closing.add('Hommes', 2);
  await closing.type('Jeunes', '12');
  await closing.add('Adultes');
  await expect(closing.tally('Femmes')).toHaveValue('2');
  await expect(page.getByRole('status').filter({ hasText: 'touchées' })).toHaveText('13 personnes touchées');
  await expect(page.getByRole('button', { name: 'Retirer une personne : Adultes' })).toBeEnabled();

  await page.reload(); // a restart: everything comes back from IndexedDB
  await expect(closing.tally('Femmes')).toHaveValue('2');
  await expect(closing.tally('Hommes')).toHaveValue('2');
  await expect(closing.tally('Jeunes')).toHaveValue('12');
  await expect(closing.tally('Adultes')).toHaveValue('1');
});

test('a count that is not a whole number is refused and nothing changes', async ({ page }) => {
  const closing = new ClosingPage(page);
  await closing.open();
  await seedRows(page, debateTonight());
  await closing.add('Hommes', 4);
  await closing.type('Hommes', '4,5');
  await expect(page.getByRole('alert')).toHaveText(/Saisissez un nombre entier entre 0 et 100.000/);
  await expect(closing.tally('Hommes')).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(closing.tally('Hommes')).toHaveValue('4');
  await expect(page.getByRole('button', { name: 'Retirer une personne : Femmes' })).toBeDisabled();
});

test('notes are kept, the screening is closed after a confirmation, and the report follows', async ({ page }) => {
  const closing = new ClosingPage(page);
  await closing.open();
  await seedRows(page, debateTonight());
  await closing.add('Femmes', 5);
  await closing.notes.fill('Salle pleine ; beaucoup de jeunes, ŋ ë.');
  await page.getByRole('button', { name: 'Enregistrer les notes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Notes enregistrées.' })).toBeVisible();

  await page.getByRole('button', { name: 'Clôturer la projection' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('button', { name: 'Clôturer la projection' })).toBeVisible();

  await closing.closeScreening();
  await expect(page.getByRole('status').filter({ hasText: 'Projection clôturée le' })).toBeVisible();
  await page.reload();
  await expect(closing.notes).toHaveValue('Salle pleine ; beaucoup de jeunes, ŋ ë.');
  await page.getByRole('button', { name: 'Voir le rapport' }).click();

  const report = page.locator('article.report');
  await expect(report.getByRole('heading', { name: 'Rapport de projection' })).toBeVisible();
  await expect(report.getByRole('row', { name: /Femmes/ })).toHaveText(/5/);
  await expect(report).toContainText('Clôturée');
  await expect(report).toContainText('Salle pleine ; beaucoup de jeunes, ŋ ë.');
});
