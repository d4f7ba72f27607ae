/**
 * Start-up and film speed, as the facilitator meets them, in Chromium on the built
 * renderer. Each figure stands beside a baseline measured in the same run:
 *  - navigation to each usable screen, cold (fresh profile state each run), against a
 *    blank page from the same server: the console (the new-screening form on screen), the
 *    attendee kiosk (its welcome) and the stage (its first heading); at full speed and
 *    with the CPU throttled 4× ("a field laptop"), side by side; and warm, as every start
 *    after the first is (a profile that opened the screen before keeps the scripts and
 *    V8's compiled code), against a blank page started the same way;
 *  - the JavaScript each screen loads at start (the script files whose fetch began before
 *    the page itself saw the screen usable, sized from the build, raw and gzipped), and
 *    the whole build's;
 *  - "Start the film" to the first frame on the stage, against a bare <video> playing
 *    the same file. Printed, never asserted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { CPU_RATES, throttle } from './bench-browser';
import { startWebServer } from '../scripts/serve-web';
import { ConsolePage, KOLDA_SCREENING } from '../tests/e2e/support/console-page';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 5298);
const RENDERER = resolve(process.env.KIOSK_OUT ?? 'out/renderer');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(0).padStart(5)} KB`;
/** What each screen may load at start, gzipped (issue 16): a field laptop parses every byte. */
const BUDGET_GZIP_KB: Record<string, number> = { console: 150, kiosk: 120, 'kiosk, data read': 120, stage: 120 };

function row(label: string, xs: number[], base: number[]): void {
  const spread = `${ms(Math.min(...xs))} – ${ms(Math.max(...xs))}`;
  console.log(
    `  ${label.padEnd(26)} ${ms(median(xs))} (${spread})   baseline ${ms(median(base))}   ×${(median(xs) / median(base)).toFixed(1)}`,
  );
}

async function fresh<T>(browser: Browser, fn: (page: Page) => Promise<T>, rate = 1): Promise<T> {
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await context.newPage();
    await throttle(page, rate);
    return await fn(page);
  } finally {
    await context.close();
  }
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** The floor: a blank page from a server of its own, paying the same HTTP path. */
const blankPage = (page: Page) => page.goto(`http://127.0.0.1:${PORT + 1}/blank.html`);

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
    await blankPage(page);
    return page.evaluate<number>(BARE_VIDEO);
  });
}

/** Each screen's route and what says it is usable. */
const SCREENS = {
  console: async (page: Page) => {
    const console = new ConsolePage(page);
    await console.goto();
    await console.field('Ville ou village').waitFor();
  },
  kiosk: async (page: Page) => {
    await page.goto('#/kiosk');
    await page.getByRole('heading', { name: 'Bienvenue ! Que voulez-vous faire ?' }).waitFor();
  },
  // The welcome paints before the database loads, its choices waiting: this row is the
  // moment they would answer (the screening read; with none, the kiosk says it is not open).
  'kiosk, data read': async (page: Page) => {
    await page.goto('#/kiosk');
    await page.getByRole('status').filter({ hasText: 'La borne ouvrira quand la projection commencera.' }).waitFor();
  },
  stage: async (page: Page) => {
    await page.goto('#/stage');
    await page.getByRole('heading').first().waitFor();
  },
} as const;
type Screen = keyof typeof SCREENS;

/**
 * The same moments as SCREENS, seen from inside the page (the DOM test runs on every
 * mutation, so it fires in the task that made the screen usable). Playwright notices
 * later, by a round trip that grows with the load; scripts the page asks for in that gap
 * (what a screen preloads once it is usable) are not what it needed to become usable.
 */
const SEEN: Record<Screen, string> = {
  console: `[...document.querySelectorAll('label')].some((l) => l.textContent.includes('Ville ou village'))`,
  kiosk: `[...document.querySelectorAll('h1,h2')].some((h) => h.textContent.includes('Bienvenue ! Que voulez-vous faire ?'))`,
  'kiosk, data read': `[...document.querySelectorAll('[role=status]')].some((s) => s.textContent.includes('La borne ouvrira quand la projection commencera.'))`,
  stage: `!!document.querySelector('h1,h2,h3,[role=heading]')`,
};

const watchFor = (test: string) => `(() => {
  const seen = () => ${test};
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    window.__usableAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})()`;

/** In the page: the script files whose fetch began before the screen was usable. */
const SCRIPTS_BEFORE_USABLE = `performance.getEntriesByType('resource')
  .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.startTime <= (window.__usableAt ?? Infinity))
  .map((e) => new URL(e.name).pathname)`;

/** Navigation to usable, and the script files the page fetched on the way. */
async function usable(page: Page, screen: Screen): Promise<{ ms: number; scripts: string[] }> {
  await page.addInitScript(watchFor(SEEN[screen]));
  const t = await timed(() => SCREENS[screen](page));
  const scripts = await page.evaluate<string[]>(SCRIPTS_BEFORE_USABLE);
  return { ms: t, scripts: [...new Set(scripts)] };
}

/**
 * A start the facilitator makes every evening after the first: a profile on disk that has
 * opened the screen before, so the browser keeps its hashed scripts and V8's compiled code
 * (in Electron, the kiosk:// scheme's code cache), and the database already exists.
 * Opened WARM_OPENS times, then timed.
 */
const WARM_OPENS = 3;

async function warm(open: (page: Page) => Promise<unknown>, rate: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-warm-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
  });
  try {
    for (let i = 0; i < WARM_OPENS; i++) {
      const page = await context.newPage();
      await open(page);
      await page.close();
    }
    const page = await context.newPage();
    await throttle(page, rate);
    return await timed(() => open(page));
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same screens started warm, next to a blank page started the same way. */
async function warmRows(): Promise<void> {
  const runs = Math.min(RUNS, 5);
  const at = new Map<string, number[]>();
  for (const rate of CPU_RATES) {
    for (const [label, open] of [['blank', blankPage], ...Object.entries(SCREENS)] as const) {
      const xs: number[] = [];
      for (let i = 0; i < runs; i++) xs.push(await warm(open, rate));
      at.set(`${label}@${rate}`, xs);
    }
  }
  console.log(
    `Navigation → usable screen, warm (${runs} runs each, a profile that opened it ${WARM_OPENS} times; ×: to a blank page started the same way)`,
  );
  for (const label of ['blank', ...Object.keys(SCREENS)]) {
    const cells = CPU_RATES.map((rate) => {
      const xs = at.get(`${label}@${rate}`)!;
      return `${ms(median(xs))}  ×${(median(xs) / median(at.get(`blank@${rate}`)!)).toFixed(1)}`.padEnd(30);
    });
    console.log(`  ${(label === 'blank' ? 'blank page (the floor)' : `usable ${label}`).padEnd(26)} ${cells.join('')}`);
  }
}

function sizeOf(paths: string[]): { raw: number; gzip: number } {
  const files = paths.map((p) => readFileSync(join(RENDERER, p.replace(/^\//, ''))));
  return {
    raw: files.reduce((n, f) => n + f.length, 0),
    gzip: files.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0),
  };
}

/** Median of cold loads per CPU rate, next to the blank page at the same rate. */
async function screenRows(browser: Browser) {
  const blankAt = new Map<number, number[]>();
  const rows = new Map<string, number[]>();
  const scripts = new Map<Screen, string[]>();
  for (const rate of CPU_RATES) {
    const blank: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      blank.push(await fresh(browser, (p) => timed(() => blankPage(p)), rate));
    }
    blankAt.set(rate, blank);
    for (const screen of Object.keys(SCREENS) as Screen[]) {
      const xs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await fresh(browser, (p) => usable(p, screen), rate);
        xs.push(r.ms);
        scripts.set(screen, r.scripts);
      }
      rows.set(`${screen}@${rate}`, xs);
    }
  }
  console.log(`Navigation → usable screen (${RUNS} cold runs each, median; ×: to a blank page at the same CPU rate)`);
  console.log(`  ${''.padEnd(26)} ${CPU_RATES.map((r) => `CPU ×${r}`.padEnd(30)).join('')}`);
  const line = (label: string, get: (rate: number) => number[]) =>
    console.log(
      `  ${label.padEnd(26)} ${CPU_RATES.map((rate) => {
        const xs = get(rate);
        return `${ms(median(xs))}  ×${(median(xs) / median(blankAt.get(rate)!)).toFixed(1)}`.padEnd(30);
      }).join('')}`,
    );
  line('blank page (the floor)', (rate) => blankAt.get(rate)!);
  for (const screen of Object.keys(SCREENS) as Screen[])
    line(`usable ${screen}`, (rate) => rows.get(`${screen}@${rate}`)!);
  console.log('JavaScript each screen loads until usable (from the build; budget: gzip)');
  for (const [screen, paths] of scripts) {
    const size = sizeOf(paths);
    const budget = BUDGET_GZIP_KB[screen]!;
    const verdict = size.gzip / 1024 <= budget ? 'within' : 'over';
    console.log(
      `  ${screen.padEnd(26)} ${kb(size.raw)} raw   ${kb(size.gzip)} gzip   ${String(paths.length).padStart(2)} files   budget ≤ ${budget} KB gzip (${verdict})`,
    );
  }
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
    await screenRows(browser);
    await warmRows();
    const film: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      film.push(await playToFrame(browser));
      bare.push(await bareVideoToFrame(browser));
    }
    const size = bundleSizes();
    console.log(`Film (${RUNS} cold runs each, median (min – max))`);
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
