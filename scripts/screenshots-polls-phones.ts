/**
 * Screenshots of a poll answered from phones, for a person to look at: the phone page's
 * poll card and the stage with its QR codes, in French and Wolof. `xvfb-run -a -s
 * "-screen 0 1920x1080x24" npx tsx scripts/screenshots-polls-phones.ts [outDir]` after
 * `npx electron-vite build` (SHOT_PORT, KIOSK_OUT as for scripts/screenshots-polls.ts).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, devices, type Page } from '@playwright/test';
import { startWebServer } from './serve-web';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { screeningInDebate } from '../tests/e2e/support/debate-setup';
import { PollsPage } from '../tests/e2e/support/polls-page';

const outDir = resolve(process.argv[2] ?? '/tmp/screens');
const port = Number(process.env.SHOT_PORT ?? 5299);
const QUESTION = 'Partir sans papiers, par la mer ou par le désert, met-il la vie en danger ?';

async function shoot(page: Page, name: string): Promise<void> {
  await page.bringToFront();
  await page.waitForTimeout(500); // let live queries, QR codes and fonts settle before the picture
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startWebServer({ port, phonePort: port + 30 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: false });
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1366, height: 768 },
  });
  const debate = await screeningInDebate(await context.newPage());
  const page = debate.page;
  const card = page.getByRole('region', { name: 'Téléphones du public' });
  await card.getByLabel('Réseau où les téléphones se connectent').selectOption({ label: '127.0.0.1 (lo)' });
  await card.getByLabel('Laisser les téléphones participer').click();
  const url = `http://${await card.getByTestId('phone-address').textContent()}`;
  const polls = new PollsPage(page);
  await polls.goto();
  await polls.addYesNo(QUESTION);
  await polls.act(QUESTION, 'Ouvrir');
  // The stage shares the console's database only within one context: there, sized as a projector.
  const stage = await context.newPage();
  await stage.setViewportSize({ width: 1920, height: 1080 });
  await stage.goto('#/stage');
  const phone = await (await browser.newContext({ ...devices['Pixel 5'] })).newPage();
  await phone.goto(url);
  for (const lang of ['fr', 'wo'] as const) {
    await page
      .getByRole('button', { name: lang === 'fr' ? 'Français' : 'Wolof' })
      .first()
      .click();
    await phone.getByRole('button', { name: lang === 'fr' ? 'Français' : 'Wolof', exact: true }).click();
    await shoot(stage, `stage-poll-phones-${lang}`);
    await shoot(phone, `phone-poll-${lang}`);
  }
  await phone.locator('.poll-option').first().click();
  await phone.locator('.poll button.primary').click();
  await phone.locator('.poll .status.ok').waitFor();
  await shoot(phone, 'phone-poll-answered-wo');
  await browser.close();
  server.close();
  process.stdout.write(`screenshots in ${outDir}\n`);
}

void main();
