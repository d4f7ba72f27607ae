/**
 * The debate, timed the way it happens: kiosk, console and stage open at once in one
 * Chromium (one origin, one IndexedDB, live queries between windows).
 *  1. "Envoyer" on the kiosk → the question in the console's queue;
 *  2. "Projeter" in the console → the question on the stage;
 *     next to their floor, measured in the same run: a raw IndexedDB write (strict
 *     durability, as the app) in one window, a BroadcastChannel message, the read in another.
 *  3. The moderation queue's first page and counts, and one approval, with 10,000
 *     questions stored, next to the same with 10: from a fresh load (start-up included)
 *     and opened inside the running console (the queue alone); and the console's DOM size.
 *     The goals (issue 16): the queue alone ≤ 50 ms at 10,000, a DOM that does not grow
 *     with the queue, "Envoyer" → queue and "Projeter" → stage p95 ≤ 3× the floor.
 * Times are taken inside the pages (one clock for all windows), not across Playwright
 * round trips. Each row at full speed and with the CPU throttled 4× ("a field laptop"),
 * side by side, each against its floor at the same rate. Printed, never asserted: these
 * machines are noisy.
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM } from '../playwright.config';
import { startWebServer } from '../scripts/serve-web';
import { debateTonight } from '../tests/e2e/support/debate-rows';
import { enterAll } from '../tests/e2e/support/kiosk-driver';
import { seedRows } from '../tests/e2e/support/seed-db';
import {
  approveFirstRow,
  baseline,
  domNodes,
  markQueueReady,
  openQueueInApp,
  projectFromConsole,
  queueReadyAt,
  seenAt,
  watchTexts,
} from './debate-bench-support';
import { benchContext, CPU_RATES, SCREENS_ARGS, throttle } from './bench-browser';
import { countRow, header, ratioRow, row } from './bench-table';

const N = Number(process.env.BENCH_QUESTIONS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 5298);

async function debateContext(browser: Browser, pending: number, rate: number) {
  const context = await benchContext(browser, PORT);
  const page = await context.newPage();
  await throttle(page, rate);
  page.setDefaultTimeout(120_000);
  await page.goto('#/console');
  await seedRows(page, debateTonight(pending));
  return { context, page };
}

/** Paths 1 and 2, question after question, with the floor measured between the same windows. */
async function kioskToStage(browser: Browser, rate: number) {
  const { context, page: console } = await debateContext(browser, 0, rate);
  await console.goto('#/console/debate');
  const kiosk = await context.newPage();
  await throttle(kiosk, rate);
  await kiosk.goto('#/kiosk');
  const stage = await context.newPage();
  await throttle(stage, rate);
  await stage.goto('#/stage');
  const floor = await baseline(kiosk, console, N);
  await watchTexts(console, '.q-body__text');
  await watchTexts(stage, '#stage-question-text');
  const toConsole: number[] = [];
  const toStage: number[] = [];
  for (let i = 0; i < N; i++) {
    const text = `Question ${i + 1} du banc d’essai : ŋ ë ñ ?`;
    const [sent] = await enterAll(kiosk, [{ kind: 'question', text }]);
    const { seen, projected } = await projectFromConsole(console, text);
    toConsole.push(seen - sent!.sentAt);
    toStage.push((await seenAt(stage, text)) - projected);
  }
  await context.close();
  return { floor, toConsole, toStage };
}

/** Path 3: the queue drawn from a fresh load, and one approval, with `pending` questions stored. */
async function queue(browser: Browser, pending: number, rate: number) {
  const { context, page } = await debateContext(browser, pending, rate);
  // Each load approves one question: the last load still has `pending - RUNS + 1` to show.
  await page.addInitScript(markQueueReady, Math.min(pending - RUNS, 20));
  const first: number[] = [];
  const inApp: number[] = [];
  const approve: number[] = [];
  let nodes = 0;
  for (let i = 0; i < RUNS; i++) {
    await page.goto('about:blank');
    await page.goto('#/console/debate');
    first.push(await queueReadyAt(page));
    approve.push(await approveFirstRow(page));
    inApp.push(await openQueueInApp(page, Math.min(pending - RUNS, 20)));
    nodes = await domNodes(page);
  }
  await context.close();
  return { first, inApp, approve, nodes };
}

async function main() {
  const server = await startWebServer({ port: PORT });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: SCREENS_ARGS });
  try {
    const paths = new Map<number, Awaited<ReturnType<typeof kioskToStage>>>();
    const small = new Map<number, Awaited<ReturnType<typeof queue>>>();
    const big = new Map<number, Awaited<ReturnType<typeof queue>>>();
    for (const rate of CPU_RATES) {
      paths.set(rate, await kioskToStage(browser, rate));
      small.set(rate, await queue(browser, 10, rate));
      big.set(rate, await queue(browser, 10_000, rate));
    }
    const p = (rate: number) => paths.get(rate)!;
    console.log(`\nKiosk → console → stage, ${N} questions (three windows of one Chromium); ×: to the floor`);
    header();
    row('floor: raw IDB write + BroadcastChannel', (r) => ({ xs: p(r).floor }));
    row('kiosk "Envoyer" → console queue', (r) => ({ xs: p(r).toConsole, base: p(r).floor }));
    row('console "Projeter" → stage', (r) => ({ xs: p(r).toStage, base: p(r).floor }));
    ratioRow('"Envoyer" → queue, to the floor', (r) => ({ xs: p(r).toConsole, base: p(r).floor }));
    ratioRow('"Projeter" → stage, to the floor', (r) => ({ xs: p(r).toStage, base: p(r).floor }));

    console.log(`\nModeration queue, ${RUNS} loads each; ×: to 10 questions stored`);
    header();
    row('first page + counts, 10 stored', (r) => ({ xs: small.get(r)!.first }));
    row('first page + counts, 10,000 stored', (r) => ({ xs: big.get(r)!.first, base: small.get(r)!.first }));
    row('queue opened in the app, 10 stored', (r) => ({ xs: small.get(r)!.inApp }));
    row('queue opened in the app, 10,000 stored', (r) => ({ xs: big.get(r)!.inApp, base: small.get(r)!.inApp }));
    row('approve → next row, 10 stored', (r) => ({ xs: small.get(r)!.approve }));
    row('approve → next row, 10,000 stored', (r) => ({ xs: big.get(r)!.approve, base: small.get(r)!.approve }));
    countRow('console DOM elements, 10 → 10,000', (r) => `${small.get(r)!.nodes} → ${big.get(r)!.nodes}`);
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
