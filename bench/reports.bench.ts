/**
 * Reports, timed the way IOM staff meet them: in Chromium, on the real page, from data
 * already stored in IndexedDB. For a screening with 5,000 questions and for a summary
 * of 500 screenings: report on screen (load + figures + digest + render), PDF (Chromium
 * printing the page) and XLSX (built in the page, handed to the download), each from
 * asking for it to drawn (the page reload before it is start-up's, not timed here).
 * The reload keeps the window's cached QR codes and cloud layouts (a report reopened);
 * "first open" drops them first, as the first look at a screening's report is.
 * Baseline in the same run: the same steps for an empty screening / a one-screening
 * summary; at full speed and with the CPU throttled 4× ("a field laptop"). Printed,
 * never asserted.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { startWebServer } from '../scripts/serve-web';
import { emptyScreening, evening } from '../tests/e2e/support/report-rows';
import { ReportsPage } from '../tests/e2e/support/reports-page';
import { merge, seedRows } from '../tests/e2e/support/seed-db';
import { DB_NAME } from '../src/renderer/src/data/db-name';
import { benchContext, CPU_RATES } from './bench-browser';
import { header, row } from './bench-table';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 5299);

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

interface Case {
  /** Reloads the console on the Reports section (not timed: that is start-up's bench). */
  reload: (r: ReportsPage) => Promise<void>;
  /** Asks for the report and waits until it is drawn (timed). */
  show: (r: ReportsPage) => Promise<void>;
}

type Steps = Record<'report' | 'pdf' | 'xlsx', number[]>;

/**
 * The floor of a screening's report: the same rows read with raw IndexedDB (each table's
 * screeningId index, getAll), in the page, with nothing built or drawn.
 */
const RAW_READ = `(async ({ name, id }) => {
  const db = await new Promise((ok, ko) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
  const tables = ['questions', 'pledges', 'events', 'polls', 'pollAnswers', 'votes'];
  const t0 = performance.now();
  const tx = db.transaction(['screenings', ...tables]);
  const read = (r) => new Promise((ok, ko) => { r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
  await Promise.all([read(tx.objectStore('screenings').get(id)), ...tables.map((t) => read(tx.objectStore(t).index('screeningId').getAll(id)))]);
  const ms = performance.now() - t0;
  db.close();
  return ms;
})`;

async function rawRead(page: ReportsPage['page'], id: string): Promise<number[]> {
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) xs.push(await page.evaluate(`${RAW_READ}(${JSON.stringify({ name: DB_NAME, id })})`));
  return xs;
}

async function measure(r: ReportsPage, c: Case): Promise<Steps> {
  const out: Steps = { report: [], pdf: [], xlsx: [] };
  for (let i = 0; i < RUNS; i++) {
    await c.reload(r);
    out.report.push(await time(() => c.show(r)));
    out.pdf.push(await time(() => r.pdf()));
    out.xlsx.push(await time(() => r.download(/Classeur Excel/)));
  }
  return out;
}

const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

async function reloadOnReports(r: ReportsPage): Promise<void> {
  await r.page.reload();
  await r.picker.waitFor();
}

/** The same reload with the window's cached pictures (QR codes, cloud layouts) dropped: a first open. */
async function reloadCold(r: ReportsPage): Promise<void> {
  await r.page.evaluate(() => sessionStorage.clear());
  await reloadOnReports(r);
}

function screeningCase(id: string, reload = reloadOnReports): Case {
  return {
    reload,
    show: async (r) => {
      await r.picker.selectOption(id);
      await r.ready(id);
    },
  };
}

function summaryCase(from: string, to: string): Case {
  return {
    reload: reloadOnReports,
    show: async (r) => {
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
    page.setDefaultTimeout(300_000);
    const cdp = await context.newCDPSession(page);
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
    // The rows are written behind the app's back, so the question sums it keeps as questions
    // arrive (schema v8) are missing: a report's first open builds them (ensureSums). Done
    // here once, untimed, so the runs measure the kiosk as it is on the night.
    await screeningCase(big.screenings[0]!.id).show(r);
    await screeningCase(empty.screenings[0]!.id).show(r);
    await summaryCase('2025-01-01', '2025-12-31').show(r);

    const at = new Map<number, Record<'big' | 'bigFirst' | 'empty' | 'many' | 'one', Steps>>();
    const floor = new Map<number, number[]>();
    for (const rate of CPU_RATES) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      floor.set(rate, await rawRead(page, big.screenings[0]!.id));
      at.set(rate, {
        big: await measure(r, screeningCase(big.screenings[0]!.id)),
        bigFirst: await measure(r, screeningCase(big.screenings[0]!.id, reloadCold)),
        empty: await measure(r, screeningCase(empty.screenings[0]!.id)),
        many: await measure(r, summaryCase('2025-01-01', '2025-12-31')),
        one: await measure(r, summaryCase('2025-01-01', '2025-01-01')),
      });
    }
    const print = (title: string, of: 'big' | 'many', base: 'empty' | 'one') => {
      console.log(`\n${title} (${RUNS} runs, from asking to drawn; ×: to the baseline at the same CPU rate)`);
      header(30);
      for (const step of ['report', 'pdf', 'xlsx'] as const) {
        row(`${step} (baseline)`, (rate) => ({ xs: at.get(rate)![base][step] }), 30);
        row(step, (rate) => ({ xs: at.get(rate)![of][step], base: at.get(rate)![base][step] }), 30);
      }
    };
    print('Screening report: 5,000 questions vs an empty screening (goal: report ≤ 300 ms)', 'big', 'empty');
    row('report, first open', (rate) => ({ xs: at.get(rate)!.bigFirst.report, base: at.get(rate)!.empty.report }), 30);
    row('report ÷ raw IndexedDB read', (rate) => ({ xs: at.get(rate)!.big.report, base: floor.get(rate) }), 30);
    row('raw IndexedDB read (floor)', (rate) => ({ xs: floor.get(rate)! }), 30);
    print('Summary: 500 screenings vs 1 screening', 'many', 'one');
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
