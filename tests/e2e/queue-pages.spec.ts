import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DebatePage } from './support/debate-page';
import { debateTonight } from './support/debate-rows';
import { seedRows } from './support/seed-db';

const text = (n: number) => `Question ${n} : pourquoi partir, et à quel prix ?`;

test('a long queue is drawn one page at a time; the keys and the pager turn pages, and nothing is lost', async ({
  page,
}) => {
  await page.goto('#/console');
  await seedRows(page, debateTonight(45));
  const debate = new DebatePage(page);
  await debate.goto();
  // 45 waiting: 20 drawn, and the facilitator is told where the page stands.
  await expect(debate.rows()).toHaveCount(20);
  await expect(debate.pager).toContainText('1–20 sur 45');
  await expect(debate.rows().first()).toHaveAttribute('aria-posinset', '1');
  await expect(debate.rows().first()).toHaveAttribute('aria-setsize', '45');

  // ↓ past the last row turns to the next page, on its first row; ↑ turns back.
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown');
  await expect(debate.pager).toContainText('21–40 sur 45');
  await expect(debate.row(text(21))).toHaveAttribute('aria-current', 'true');
  await expect(debate.row(text(21))).toBeInViewport();
  await expect(debate.rows().first()).toHaveAttribute('aria-posinset', '21');
  await page.keyboard.press('ArrowUp');
  await expect(debate.pager).toContainText('1–20 sur 45');
  await expect(debate.row(text(20))).toHaveAttribute('aria-current', 'true');

  // On the last page, approving its questions one by one: the page ends, the one before shows.
  await debate.turnPage('Suivantes');
  await debate.turnPage('Suivantes');
  await expect(debate.pager).toContainText('41–45 sur 45');
  for (let n = 41; n <= 45; n++) {
    await debate.select(text(n));
    await page.keyboard.press('a');
    await expect(debate.row(text(n))).toHaveCount(0);
  }
  await expect(debate.pager).toContainText('21–40 sur 40');
  await expect(debate.rows()).toHaveCount(20);
  expect(await debate.tabCount('Approuvées')).toBe('5');
  const all = await debate.allTexts();
  expect(all).toEqual(Array.from({ length: 40 }, (_, i) => text(i + 1)));

  const axe = await new AxeBuilder({ page }).include('#queue-list').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

for (const width of [1280, 1366])
  test(`at ${width} px the queue and its rows stop before the counters (fr, wo)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 720 });
    await page.goto('#/console');
    await seedRows(page, debateTonight(25));
    const debate = new DebatePage(page);
    await debate.goto();
    for (const lang of ['Français', 'Wolof']) {
      await page.getByRole('banner').getByRole('button', { name: lang }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'Wolof' ? 'wo' : 'fr');
      const counters = (await page.locator('section.counters').boundingBox())!;
      // Everything drawn in the queue (its toolbar, each row's buttons) ends left of the counters.
      const right = await page
        .locator('section.debate__queue')
        .evaluate((q) => Math.max(...[q, ...q.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right)));
      expect(right, lang).toBeLessThanOrEqual(counters.x);
    }
  });
