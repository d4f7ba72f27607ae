/**
 * Reports, timed the way IOM staff meet them: in Chromium, on the real page, from data
 * already stored in IndexedDB. For a screening with 5,000 questions and for a summary
 * of 500 screenings: report on screen (load + figures + digest + render), PDF (Chromium
 * printing the page) and XLSX (built in the page, handed to the download). Baseline in the
 * same run: the same steps for an empty screening / a one-screening summary. Printed,
 * never asserted.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { startWebServer } from '../scripts/serve-web';
import { emptyScreening, evening } from '../tests/e2e/support/report-rows';
import { ReportsPage } from '../tests/e2e/support/reports-page';
import { merge, seedRows } from '../tests/e2e/support/seed-db';
import { benchContext } from './bench-browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 5299);

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

interface Case {
  /** Brings the report on screen (from a fresh load) and waits until it is drawn. */
  show: (r: ReportsPage) => Promise<void>;
}

async function measure(r: ReportsPage, c: Case): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = { report: [], pdf: [], xlsx: [] };
  for (let i = 0; i < RUNS; i++) {
    out.report!.push(await time(() => c.show(r)));
    out.pdf!.push(await time(() => r.pdf()));
    out.xlsx!.push(await time(() => r.download(/Classeur Excel/)));
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

function print(title: string, big: Record<string, number[]>, base: Record<string, number[]>) {
  console.log(`\n${title}`);
  console.log('  step     median (min–max)                  baseline median   ratio');
  for (const k of Object.keys(big)) {
    const b = big[k]!;
    const range = `${fmt(Math.min(...b))} – ${fmt(Math.max(...b))}`;
    console.log(
      `  ${k.padEnd(7)} ${fmt(median(b))} (${range})   ${fmt(median(base[k]!))}   ×${(median(b) / median(base[k]!)).toFixed(1)}`,
    );
  }
}

function screeningCase(page: Page, id: string): Case {
  return {
    show: async (r) => {
      await page.reload();
      await r.picker.selectOption(id);
      await r.ready(id);
    },
  };
}

function summaryCase(page: Page, from: string, to: string): Case {
  return {
    show: async (r) => {
      await page.reload();
      await r.showSummary(from, to);
      await r.ready(`${from}_${to}`);
    },
  };
}

async function main() {
  const server = await startWebServer({ port: PORT });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await benchContext(browser, PORT);
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const r = new ReportsPage(page);
    await r.open();
    // 500 evenings in 2025 for the summary; a 5,000-question and an empty screening in 2026.
    const year = Array.from({ length: 500 }, (_, i) => {
      const d = new Date(Date.UTC(2025, 0, 1) + Math.floor(i * 0.73) * 86_400_000).toISOString().slice(0, 10);
      return evening(d, `Commune ${i + 1}`, 6, 40 + (i % 60));
    });
    const big = evening('2026-04-02', 'Touba', 4997);
    const empty = emptyScreening('2026-05-01');
    const t0 = performance.now();
    await seedRows(page, merge(big, empty, ...year));
    console.log(`seeded 502 screenings, ${5000 + 500 * 9} questions in ${fmt(performance.now() - t0)}`);

    print(
      'Screening report: 5,000 questions vs an empty screening',
      await measure(r, screeningCase(page, big.screenings[0]!.id)),
      await measure(r, screeningCase(page, empty.screenings[0]!.id)),
    );

    const many = await measure(r, summaryCase(page, '2025-01-01', '2025-12-31'));
    const one = await measure(r, summaryCase(page, '2025-01-01', '2025-01-01'));
    print('Summary: 500 screenings vs 1 screening', many, one);
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
