import { expect, test, type Page } from '@playwright/test';

const MB = 1024 * 1024;

/**
 * Chromium's storage estimate follows the real disk, and DevTools' quota override does
 * not change it (checked), so a nearly full laptop disk cannot be made here. The page is
 * told instead, through `navigator.storage.estimate`, how much room is left; everything
 * after that answer is the app's own.
 */
test.beforeEach(async ({ context }) => {
  await context.addInitScript((mb) => {
    const w = globalThis;
    const real = w.navigator.storage.estimate.bind(w.navigator.storage);
    w.navigator.storage.estimate = async () => {
      const left = w.localStorage.getItem('test.roomLeftMB');
      if (left === null) return real();
      const usage = 40 * mb;
      return { usage, quota: usage + Number(left) * mb };
    };
  }, MB);
});

async function roomLeft(page: Page, mb: number | null): Promise<void> {
  await page.evaluate((v) => {
    const s = localStorage;
    if (v === null) s.removeItem('test.roomLeftMB');
    else s.setItem('test.roomLeftMB', String(v));
  }, mb);
  await page.reload();
}

test('the console warns the facilitator, in French and Wolof, before the kiosk’s storage is full', async ({ page }) => {
  await page.goto('#/console/screening');
  const warning = page.getByRole('alert').filter({ hasText: 'Mo' });

  // Plenty of room: nothing to say.
  await roomLeft(page, 5_000);
  await expect(page.getByRole('heading', { name: 'Projection', exact: true })).toBeVisible();
  await expect(warning).toHaveCount(0);

  // 150 MB left: said on every section, with the room left, in the facilitator's language.
  await roomLeft(page, 150);
  await expect(warning).toHaveText(
    'Il ne reste que 150 Mo pour les données de la borne. Synchronisez ou exportez vers une clé USB, et retirez les films importés dont vous n’avez plus besoin.',
  );
  await page.getByRole('button', { name: 'Débat' }).click();
  await expect(warning).toBeVisible();
  await page.getByRole('button', { name: 'Wolof' }).click();
  await expect(warning).toHaveText(/^Barab bi des ngir done yu borne bi 150 Mo rekk la\./);

  // Space freed: the warning goes at the next look.
  await roomLeft(page, 2_000);
  await expect(page.getByRole('button', { name: 'Jekk-jekkal' })).toBeVisible();
  await expect(warning).toHaveCount(0);
});
