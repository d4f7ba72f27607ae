import { expect, test } from '@playwright/test';
import { ConsolePage } from './support/console-page';
import { readStore } from './support/db-rows';

test('the facilitator creates a screening; it is listed and survives a reload', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const console = new ConsolePage(page);
  await console.goto();
  await expect(console.field('Date de la projection')).not.toHaveValue('');
  // The date is said back in words, whatever format the computer gives the date field.
  await console.field('Date de la projection').fill('2026-11-16');
  await expect(page.getByText('lundi 16 novembre 2026')).toBeVisible();
  await console.createScreening({
    town: 'Kolda',
    venue: 'Maison des jeunes',
    region: 'Kolda',
    country: 'Sénégal',
    date: '2026-11-16',
    facilitators: ['Awa Diallo', 'Moussa Ndiaye'],
    panelists: ['Fatou Sow', 'Ibrahima Ba'],
  });
  await expect(console.phase).toHaveText('Préparation');
  await expect(page.getByText('Fatou Sow, Ibrahima Ba')).toBeVisible();
  const past = page.getByRole('list', { name: 'Projections enregistrées' });
  await expect(past.getByRole('listitem')).toHaveCount(1);
  await expect(past).toContainText('Maison des jeunes, Kolda, Kolda, Sénégal');
  await expect(past).toContainText('16 nov. 2026');

  await page.reload();
  await expect(console.phase).toHaveText('Préparation');
  expect(errors).toEqual([]);
});

const GOOD = {
  town: 'Kolda',
  venue: 'Maison des jeunes',
  region: 'Kolda',
  country: 'Sénégal',
  facilitators: ['Awa Diallo'],
};

test('a place of 2,000 characters, emoji or markup gets a clear message and nothing is stored', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.goto();
  await console.createScreening(GOOD);
  const past = page.getByRole('list', { name: 'Projections enregistrées' });
  await expect(past.getByRole('listitem')).toHaveCount(1);

  const town = console.field('Ville ou village');
  for (const [value, message] of [
    ['K'.repeat(2000), 'Trop long : 80 caractères au plus.'],
    [
      'Kolda 🎬🇸🇳',
      "Seuls les lettres, les chiffres, les espaces et - ' . , ( ) / & sont acceptés (pas d’émoji ni de balises).",
    ],
    [
      '<img src=x onerror=alert(1)>',
      "Seuls les lettres, les chiffres, les espaces et - ' . , ( ) / & sont acceptés (pas d’émoji ni de balises).",
    ],
  ] as const) {
    await console.fillScreening({ ...GOOD, town: value });
    await expect(town).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'rien n’a été enregistré' })).toBeVisible();
    await expect(past.getByRole('listitem')).toHaveCount(1);
    // What was typed stays in the form to be corrected.
    await expect(town).toHaveValue(value);
  }

  // Wolof letters are welcome, and stored NFC: a decomposed e + ◌̈ becomes the one letter ë.
  await console.fillScreening({ ...GOOD, town: 'Nde\u0308nd', venue: 'Pénc mi' });
  await expect(past.getByRole('listitem')).toHaveCount(2);
  const towns = (await readStore(page, 'screenings')).map((s) => s.place.town);
  expect(towns.sort()).toEqual(['Kolda', 'Ndënd']);
});
