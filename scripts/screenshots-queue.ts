/**
 * The debate with a long queue (300 questions waiting), at the two laptop sizes the field
 * uses, in French and Wolof, for a person to look at:
 * `xvfb-run -a -s "-screen 0 1920x1080x24" npx tsx scripts/screenshots-queue.ts [outDir]`.
 * Builds nothing: run `npx electron-vite build` first. Writes PNGs, prints their paths.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { debateTonight } from '../tests/e2e/support/debate-rows';
import { seedRows } from '../tests/e2e/support/seed-db';
import { startWebServer } from './serve-web';

const outDir = resolve(process.argv[2] ?? '/tmp/screens');
const port = Number(process.env.SHOT_PORT ?? 5299);
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startWebServer({ port });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: false });
  for (const size of SIZES) {
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}/`, viewport: size });
    const page = await context.newPage();
    await page.goto('#/console');
    await seedRows(page, debateTonight(300));
    await page.goto('#/console/debate');
    for (const lang of ['fr', 'wo'] as const) {
      await page.getByRole('button', { name: lang === 'fr' ? 'Français' : 'Wolof' }).click();
      await page.locator('li.q-row').first().waitFor();
      await page.waitForTimeout(500); // let live queries and fonts settle before the picture
      const name = `console-queue-${size.width}-${lang}`;
      await page.screenshot({ path: `${outDir}/${name}.png` });
      // The end of the page: where the queue stands and the way to the next page.
      await page
        .getByRole('navigation', { name: lang === 'fr' ? 'Pages de la file' : 'Xët yu laaj yi' })
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${outDir}/${name}-pager.png` });
      await page.evaluate(() => window.scrollTo(0, 0));
      process.stdout.write(`${outDir}/${name}.png\n`);
    }
    await context.close();
  }
  await browser.close();
  server.close();
}

void main();
