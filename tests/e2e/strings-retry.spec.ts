import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const NO_SCREENING = 'Aucune projection en cours.';
const ASSETS = join(process.env.KIOSK_OUT ?? 'out/renderer', 'assets');
/** The built chunk of the French pledges strings (its name carries a hash; the feature's code has a pledges chunk too). */
const FR_PLEDGES = readdirSync(ASSETS).find(
  (f) => f.startsWith('pledges-') && f.endsWith('.js') && readFileSync(join(ASSETS, f), 'utf8').includes(NO_SCREENING),
)!;

/** Fails the next `times` fetches of the French pledges strings chunk; `asked` counts them all. */
async function failPledgesStrings(page: Page, times: number) {
  const chunk = { asked: 0, failing: times };
  await page.route(`**/assets/${FR_PLEDGES}`, (route) => {
    chunk.asked += 1;
    return chunk.asked <= chunk.failing ? route.abort('failed') : route.continue();
  });
  return chunk;
}

test('a strings chunk that fails to load once is asked for again: the section reads normally', async ({ page }) => {
  const chunk = await failPledgesStrings(page, 1);
  await page.goto('#/console/pledges');
  await expect(page.getByText(NO_SCREENING)).toBeVisible();
  expect(chunk.asked).toBe(2);
});

test('one that keeps failing shows a message, not its keys, and comes back on "Réessayer"', async ({ page }) => {
  const chunk = await failPledgesStrings(page, Infinity);
  await page.goto('#/console/pledges');
  const message = page.getByRole('alert');
  await expect(message.getByRole('heading', { name: 'Les textes de cet écran ne sont pas encore là' })).toBeVisible();
  await expect(message.getByRole('button', { name: 'Réessayer' })).toBeEnabled();
  // The first try and i18next's three retries, then at least the message's own attempt.
  expect(chunk.asked).toBeGreaterThanOrEqual(8);
  await expect(page.getByText(/console\.|noScreening/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Engagements', level: 2 })).toHaveCount(0);
  chunk.failing = chunk.asked; // the disk answers again
  await message.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByText(NO_SCREENING)).toBeVisible();
  await expect(message).toHaveCount(0);
});
