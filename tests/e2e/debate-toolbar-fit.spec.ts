import { expect, test, type Locator } from '@playwright/test';
import { debateTonight } from './support/debate-rows';
import { seedRows } from './support/seed-db';

/**
 * Room a text needs in a field, against the room the field gives it (its content box,
 * less a select's arrow): measured with the field's own font, as the user reads it.
 */
async function room(field: Locator, text: 'placeholder' | 'selected'): Promise<{ need: number; have: number }> {
  return field.evaluate((el: HTMLInputElement | HTMLSelectElement, which) => {
    const s = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    const shown =
      which === 'placeholder'
        ? (el as HTMLInputElement).placeholder
        : (el as HTMLSelectElement).selectedOptions[0]!.text;
    const arrow = el.tagName === 'SELECT' ? 20 : 0;
    const have = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - arrow;
    return { need: ctx.measureText(shown).width, have };
  }, text);
}

for (const lang of ['fr', 'wo'] as const)
  test(`the debate toolbar shows its whole search hint and order at 1366×768 (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('#/console');
    await seedRows(page, debateTonight(3));
    await page.goto('#/console/debate');
    await page
      .getByRole('banner')
      .getByRole('button', { name: lang === 'fr' ? 'Français' : 'Wolof' })
      .click();
    const search = page.getByRole('searchbox');
    await expect(search).toHaveAttribute('placeholder', lang === 'fr' ? 'Chercher… (touche /)' : 'Seet… (bës /)');
    const order = page.getByLabel(lang === 'fr' ? 'Ordre de la file' : 'Toftaleeb laaj yi');
    for (const [field, which] of [
      [search, 'placeholder'],
      [order, 'selected'],
    ] as const) {
      const r = await room(field, which);
      expect(r.need, `${which} fits`).toBeLessThanOrEqual(r.have);
    }
  });
