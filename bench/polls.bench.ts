/**
 * A poll on the night: console and stage open at once in one Chromium. With 1,000
 * answers already recorded (and with none, in the same run):
 *  1. "Ouvrir" in the console → the question on the stage;
 *  2. "Montrer les résultats" → the bars and the total on the stage;
 * next to their floor, measured in the same run between the same windows: a raw
 * IndexedDB write (strict durability, as the app), a BroadcastChannel message, the read.
 * Each row at full speed and with the CPU throttled 4× ("a field laptop").
 * Printed, never asserted: these machines are noisy.
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM } from '../playwright.config';
import { startWebServer } from '../scripts/serve-web';
import { debateTonight } from '../tests/e2e/support/debate-rows';
import { seedRows } from '../tests/e2e/support/seed-db';
import { benchContext, CPU_RATES, SCREENS_ARGS, throttle } from './bench-browser';
import { header, row } from './bench-table';
import { baseline } from './debate-bench-support';
import { arm, armedAt, BENCH_QUESTION, clickOnCard, pollRows } from './polls-bench-support';

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 5297);

const W = 40; // label column

/** Open → stage, reveal → bars, RUNS times, with `answers` answers stored; and the floor. */
async function night(browser: Browser, answers: number, rate: number) {
  const context = await benchContext(browser, PORT);
  const console = await context.newPage();
  await throttle(console, rate);
  console.setDefaultTimeout(120_000);
  await console.goto('#/console');
  const rows: Parameters<typeof seedRows>[1] & ReturnType<typeof pollRows> = {
    ...debateTonight(0),
    ...pollRows(answers),
  };
  await seedRows(console, rows);
  await console.goto('#/console/polls');
  await console.getByRole('button', { name: 'Ouvrir', exact: true }).waitFor();
  const stage = await context.newPage();
  await throttle(stage, rate);
  stage.setDefaultTimeout(120_000);
  await stage.goto('#/stage');
  const floor = await baseline(console, stage, RUNS);
  const open: number[] = [];
  const reveal: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await arm(stage, '#stage-poll-q', BENCH_QUESTION);
    // The first run opens the draft, the others reopen it (same openPoll, same stage).
    const opened = await clickOnCard(console, i === 0 ? 'Ouvrir' : 'Rouvrir');
    open.push((await armedAt(stage)) - opened);
    await console.getByRole('button', { name: 'Montrer les résultats', exact: true }).waitFor();
    await arm(stage, '.stage-poll__results', 'Oui', answers);
    const shown = await clickOnCard(console, 'Montrer les résultats');
    reveal.push((await armedAt(stage)) - shown);
    await console.getByRole('button', { name: 'Fermer', exact: true }).click();
    await console.getByRole('button', { name: 'Retirer de l’écran', exact: true }).click();
    await stage.locator('#stage-poll-q').waitFor({ state: 'detached' });
    await console.getByRole('button', { name: 'Rouvrir', exact: true }).waitFor();
  }
  await context.close();
  return { floor, open, reveal };
}

async function main() {
  const server = await startWebServer({ port: PORT });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: SCREENS_ARGS });
  try {
    const empty = new Map<number, Awaited<ReturnType<typeof night>>>();
    const full = new Map<number, Awaited<ReturnType<typeof night>>>();
    for (const rate of CPU_RATES) {
      empty.set(rate, await night(browser, 0, rate));
      full.set(rate, await night(browser, ANSWERS, rate));
    }
    console.log(`\nPoll, console → stage, ${RUNS} runs (two windows of one Chromium); ×: to the floor`);
    header(W);
    row('floor: raw IDB write + BroadcastChannel', (r) => ({ xs: full.get(r)!.floor }), W);
    row('"Ouvrir" → stage, no answers', (r) => ({ xs: empty.get(r)!.open, base: full.get(r)!.floor }), W);
    row(`"Ouvrir" → stage, ${ANSWERS} answers`, (r) => ({ xs: full.get(r)!.open, base: full.get(r)!.floor }), W);
    row('"Montrer" → bars, no answers', (r) => ({ xs: empty.get(r)!.reveal, base: full.get(r)!.floor }), W);
    row(`"Montrer" → bars, ${ANSWERS} answers`, (r) => ({ xs: full.get(r)!.reveal, base: full.get(r)!.floor }), W);
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
