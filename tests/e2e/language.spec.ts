import { expect, test } from '@playwright/test';

test('the console opens in French and switches to Wolof and back', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('#/console');
  await expect(page.getByRole('heading', { name: 'Migrants comme messagers' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.getByRole('button', { name: 'Wolof' }).click();
  await expect(page.getByRole('button', { name: 'Jekk-jekkal' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'wo');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Jekk-jekkal' })).toBeVisible();

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('button', { name: 'Paramètres' })).toBeVisible();
  expect(errors).toEqual([]);
});
