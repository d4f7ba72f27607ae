import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, KOLDA_SCREENING } from './support/console-page';
import { PollsPage } from './support/polls-page';

const QUESTION = 'Le voyage est-il dangereux ?';

/** Serious or critical axe findings on the page as it is. */
async function serious(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

test('axe finds no serious violation on the poll screens (console, kiosk, stage), in French and Wolof', async ({
  context,
}) => {
  test.setTimeout(90_000);
  const consolePage = await context.newPage();
  const console = new ConsolePage(consolePage);
  await console.goto();
  await console.createScreening(KOLDA_SCREENING);
  const polls = new PollsPage(consolePage);
  await polls.goto();
  await polls.newPoll();
  await polls.editor.getByLabel('Question', { exact: true }).fill(QUESTION);
  await polls.save();
  await polls.act(QUESTION, 'Ouvrir');
  const kiosk = await context.newPage();
  await kiosk.goto('#/kiosk');
  await expect(kiosk.getByRole('heading', { name: QUESTION })).toBeVisible();
  const stage = await context.newPage();
  await stage.goto('#/stage');
  await expect(stage.getByRole('heading', { name: QUESTION })).toBeVisible();
  // The editor open too (with its prompt recorders), beside the open poll's hands form.
  await polls.newPoll();
  for (const lang of ['Français', 'Wolof']) {
    for (const page of [consolePage, kiosk]) {
      await page.getByRole('button', { name: lang, exact: true }).first().click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'Wolof' ? 'wo' : 'fr');
    }
    expect(await serious(consolePage), `console ${lang}`).toEqual([]);
    expect(await serious(kiosk), `kiosk ${lang}`).toEqual([]);
  }
  expect(await serious(stage), 'stage').toEqual([]);
});
