/**
 * Screenshots of every screen in French and Wolof, in headed Chromium, for a person
 * to look at: `xvfb-run -a -s "-screen 0 1920x1080x24" npx tsx scripts/screenshots.ts [outDir]`.
 * Builds nothing: run `npx electron-vite build` first. Writes PNGs, prints their paths.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startWebServer } from './serve-web';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';

const outDir = resolve(process.argv[2] ?? '/tmp/screens');
const port = Number(process.env.SHOT_PORT ?? 5299);
const sections = (process.env.SHOT_SECTIONS ?? 'screening,debate,pledges,closing,sync,reports,settings').split(',');

/** Picks the language with the switch on the console, as a facilitator would. */
async function setLang(page: Page, lang: 'fr' | 'wo'): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/#/console`);
  await page.getByRole('button', { name: lang === 'fr' ? 'Français' : 'Wolof' }).click();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startWebServer({ port });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: false });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  for (const lang of ['fr', 'wo'] as const) {
    await setLang(page, lang);
    for (const s of sections) {
      await page.goto(`http://127.0.0.1:${port}/#/console/${s}`);
      await page.waitForTimeout(400); // let live queries settle before the picture
      await page.screenshot({ path: `${outDir}/console-${s}-${lang}.png`, fullPage: true });
    }
    for (const role of ['stage', 'kiosk']) {
      await page.goto(`http://127.0.0.1:${port}/#/${role}`);
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${outDir}/${role}-${lang}.png` });
    }
  }
  await browser.close();
  server.close();
  console.log(`screenshots in ${outDir}`);
}

void main();
