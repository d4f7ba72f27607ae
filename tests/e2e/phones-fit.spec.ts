import { expect, test } from '@playwright/test';
import { debateTonight } from './support/debate-rows';
import { expectAboveFold, LAPTOP } from './support/fold';
import { saveWifi } from './support/phone-page';
import { seedRows } from './support/seed-db';

/**
 * The phones' card in the live debate on the field laptop's 1366×768 screen, in French
 * and in Wolof: the toggle, the network, both QR codes, the short address and "new link"
 * are on screen without scrolling the page, next to a full queue.
 */
const CARD = { fr: 'Téléphones du public', wo: 'Telefoni ñi ci néeg bi' };

for (const lang of ['fr', 'wo'] as const)
  test(`the phones’ card is reachable without scrolling at 1366×768 (${lang})`, async ({ page }) => {
    await page.setViewportSize(LAPTOP);
    await saveWifi(page, 'MaM Kolda', 'jamm2026');
    await seedRows(page, debateTonight(12));
    await page.goto('#/console/debate');
    await page
      .getByRole('banner')
      .getByRole('button', { name: lang === 'fr' ? 'Français' : 'Wolof' })
      .click();
    const card = page.locator('section.phones');
    await expect(card.getByRole('heading')).toHaveText(CARD[lang]);
    const toggle = card.getByRole('checkbox');
    await expectAboveFold([card.getByRole('heading'), toggle, card.getByRole('combobox')], `phones off, ${lang}`);
    await card.getByRole('combobox').selectOption({ label: '127.0.0.1 (lo)' });
    await toggle.click();
    await expect(toggle).toBeChecked();
    await expect(card.getByTestId('phone-address')).toBeVisible();
    const codes = card.getByRole('img');
    await expect(codes).toHaveCount(2); // join the Wi-Fi, open the page
    await expectAboveFold(
      [toggle, codes.first(), codes.last(), card.getByTestId('phone-address'), card.getByRole('button').last()],
      `phones on, ${lang}`,
    );
    // Scrolling the page is never needed: the side column is as tall as the window.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await toggle.click();
    await expect(toggle).not.toBeChecked();
  });
