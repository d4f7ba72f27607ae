/**
 * Start-up and film speed, as the facilitator meets them, in Chromium on the built
 * renderer. Each figure stands beside a baseline measured in the same run:
 *  - navigation to a usable console (the new-screening form on screen), cold (fresh
 *    profile state each run), against a blank page from the same server;
 *  - the renderer's JavaScript, raw and gzipped (what a LAN browser downloads);
 *  - "Start the film" to the first frame on the stage, against a bare <video> playing
 *    the same file. Printed, never asserted.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { startWebServer } from '../scripts/serve-web';
import { ConsolePage, KOLDA_SCREENING } from '../tests/e2e/support/console-page';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 5298);
const RENDERER = resolve(process.env.KIOSK_OUT ?? 'out/renderer');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(0).padStart(5)} KB`;

function row(label: string, xs: number[], base: number[]): void {
  const spread = `${ms(Math.min(...xs))} – ${ms(Math.max(...xs))}`;
  console.log(
    `  ${label.padEnd(26)} ${ms(median(xs))} (${spread})   baseline ${ms(median(base))}   ×${(median(xs) / median(base)).toFixed(1)}`,
  );
}

async function fresh<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
  });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

// In-page scripts as strings: this file compiles without DOM types (it runs in Node).
/** Resolves (page clock, ms since epoch) when the first <video> presents a frame. */
const FIRST_FRAME = `new Promise((done) => {
  const watch = () => {
    const v = document.querySelector('video');
    if (!v) return requestAnimationFrame(watch);
    v.requestVideoFrameCallback(() => done(Date.now()));
  };
  watch();
})`;

/** A bare <video> playing the sample: from setting its source to its first frame. */
const BARE_VIDEO = `(async () => {
  const v = document.createElement('video');
  document.body.append(v);
  const t0 = Date.now();
  const frame = new Promise((done) => v.requestVideoFrameCallback(() => done(Date.now())));
  v.src = '/media/sample/sample.mp4';
  await v.play();
  return (await frame) - t0;
})()`;

async function playToFrame(browser: Browser): Promise<number> {
  return fresh(browser, async (page) => {
    const console = new ConsolePage(page);
    await console.goto();
    await console.createScreening(KOLDA_SCREENING);
    const stage = await page.context().newPage();
    await stage.goto('#/stage');
    await stage.getByRole('heading').first().waitFor();
    const frame = stage.evaluate<number>(FIRST_FRAME);
    const clicked = await page.evaluate<number>('Date.now()');
    await page.getByRole('button', { name: 'Lancer le film' }).click();
    return (await frame) - clicked;
  });
}

async function bareVideoToFrame(browser: Browser): Promise<number> {
  return fresh(browser, async (page) => {
    await page.goto(`http://127.0.0.1:${PORT + 1}/blank.html`);
    return page.evaluate<number>(BARE_VIDEO);
  });
}

async function usableConsole(page: Page): Promise<void> {
  const console = new ConsolePage(page);
  await console.goto();
  await console.field('Ville ou village').waitFor();
}

function bundleSizes(): { raw: number; gzip: number; files: number } {
  const dir = join(RENDERER, 'assets');
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const raw = js.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const gzip = js.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return { raw, gzip, files: js.length };
}

async function main(): Promise<void> {
  // The blank baseline is served from the same server, so both pay the same HTTP path.
  const blankDir = mkdtempSync(join(tmpdir(), 'kiosk-bench-'));
  writeFileSync(join(blankDir, 'blank.html'), '<!doctype html><title>blank</title><body></body>');
  const app = await startWebServer({ port: PORT, rendererDir: RENDERER });
  const blank = await startWebServer({ port: PORT + 1, rendererDir: blankDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const consoleMs: number[] = [];
    const blankMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      consoleMs.push(await fresh(browser, (p) => timed(() => usableConsole(p))));
      blankMs.push(await fresh(browser, (p) => timed(() => p.goto(`http://127.0.0.1:${PORT + 1}/blank.html`))));
    }
    const film: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      film.push(await playToFrame(browser));
      bare.push(await bareVideoToFrame(browser));
    }
    const size = bundleSizes();
    console.log(`Start-up and film (${RUNS} cold runs each, median (min – max))`);
    row('usable console', consoleMs, blankMs);
    row('"start film" → first frame', film, bare);
    console.log(
      `  renderer JS (${size.files} files)      ${kb(size.raw)} raw   ${kb(size.gzip)} gzip   ×${(size.raw / size.gzip).toFixed(1)} compression`,
    );
  } finally {
    await browser.close();
    await new Promise((done) => app.close(done));
    await new Promise((done) => blank.close(done));
  }
}

void main();
