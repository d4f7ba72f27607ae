/**
 * Screenshots of the polls (console section, kiosk poll screen, stage) in French and
 * Wolof, for a person to look at: `xvfb-run -a -s "-screen 0 1920x1080x24" npx tsx
 * scripts/screenshots-polls.ts [outDir]` after `npx electron-vite build`. Kept apart from
 * scripts/screenshots.ts so its evening stays as it is; same page objects, same shots.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startWebServer } from './serve-web';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { ConsolePage } from '../tests/e2e/support/console-page';
import { PollsPage, screeningWithTwelvePresent } from '../tests/e2e/support/polls-page';

const outDir = resolve(process.argv[2] ?? '/tmp/screens');
const port = Number(process.env.SHOT_PORT ?? 5299);
const QUESTION = 'Le voyage par la mer est-il dangereux ?';

async function setLang(page: Page, lang: 'fr' | 'wo'): Promise<void> {
  await page
    .getByRole('button', { name: lang === 'fr' ? 'Français' : 'Wolof' })
    .first()
    .click();
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.bringToFront();
  await page.waitForTimeout(500); // let live queries and fonts settle before the picture
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage });
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startWebServer({ port });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: false });
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  const console = new ConsolePage(page);
  await console.goto();
  await screeningWithTwelvePresent(page);
  const polls = new PollsPage(page);
  await polls.goto();
  await polls.addYesNo(QUESTION);
  await polls.act(QUESTION, 'Ouvrir');
  await polls.hands(QUESTION, { Oui: '5', Non: '3' });
  const stage = await context.newPage();
  await stage.goto('#/stage');
  const kiosk = await context.newPage();
  await kiosk.goto('#/kiosk');
  for (const lang of ['fr', 'wo'] as const) {
    await page.goto('#/console/polls');
    await setLang(page, lang);
    await shoot(page, `console-polls-${lang}`, true);
    await shoot(page, `console-polls-fold-${lang}`);
    await shoot(stage, `stage-poll-open-${lang}`);
    await setLang(kiosk, lang);
    await shoot(kiosk, `kiosk-poll-${lang}`);
  }
  await setLang(page, 'fr');
  await page.goto('#/console/polls');
  await polls.act(QUESTION, 'Montrer les résultats');
  await shoot(stage, 'stage-poll-revealed-fr');
  await browser.close();
  server.close();
  process.stdout.write(`screenshots in ${outDir}\n`);
}

void main();
