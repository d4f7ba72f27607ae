/**
 * Screenshots of the screening report, in French and Wolof, drawn in full and with its
 * charts, word cloud and QR chunks failing to load (what the facilitator then reads), to
 * look at: `xvfb-run -a -s "-screen 0 1920x1080x24" npx tsx scripts/screenshots-report.ts [outDir]`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { evening } from '../tests/e2e/support/report-rows';
import { ReportsPage } from '../tests/e2e/support/reports-page';
import { seedRows } from '../tests/e2e/support/seed-db';
import { startWebServer } from './serve-web';

const outDir = resolve(process.argv[2] ?? '/tmp/screens');
const port = Number(process.env.SHOT_PORT ?? 5299);

async function main() {
  mkdirSync(outDir, { recursive: true });
  const server = await startWebServer({ port });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const missing of [false, true]) {
      const page = await browser.newPage({
        baseURL: `http://127.0.0.1:${port}/`,
        viewport: { width: 1366, height: 900 },
      });
      if (missing) await page.route(/\/assets\/(ReportCharts|WordCloud|browser)-[\w-]+\.js$/, (r) => r.abort());
      const reports = new ReportsPage(page);
      await reports.open();
      await seedRows(page, evening('2026-03-14', 'Kaolack'));
      for (const lang of ['fr', 'wo'] as const) {
        await reports.language.selectOption(lang);
        if (missing) await reports.report.locator('.report__missing').nth(2).waitFor();
        else await reports.ready();
        const name = `report-${missing ? 'missing' : 'full'}-${lang}`;
        await reports.report.screenshot({ path: `${outDir}/${name}.png` });
        console.log(`${outDir}/${name}.png`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
