/**
 * Memory over a long evening: kiosk, console and stage open at once in one Chromium, as
 * on the night, through a debate compressed in time. Each simulated hour, attendees make
 * 100 questions and 20 pledges on the kiosk's own screens and the facilitator projects
 * 30 of the questions from the console. After each hour every window's JS heap is read
 * after a forced garbage collection, with its DOM node and event listener counts.
 * What matters is the growth from the start, not the absolute size. Printed, never asserted.
 * (The film's 45 minutes cannot be compressed: its playback is measured in startup.bench.ts.)
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM } from '../playwright.config';
import { startWebServer } from '../scripts/serve-web';
import { debateTonight } from '../tests/e2e/support/debate-rows';
import { enterAll, type Entry } from '../tests/e2e/support/kiosk-driver';
import { seedRows } from '../tests/e2e/support/seed-db';
import { benchContext, SCREENS_ARGS } from './bench-browser';
import { projectFromConsole, watchTexts } from './debate-bench-support';

const HOURS = Number(process.env.BENCH_HOURS ?? 4);
const QUESTIONS_PER_HOUR = 100;
const PLEDGES_PER_HOUR = 20;
const PROJECTED_PER_HOUR = 30;
const PORT = Number(process.env.BENCH_PORT ?? 5297);

interface Sample {
  heapMB: number;
  nodes: number;
  listeners: number;
}

async function sample(cdp: CDPSession): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { heapMB: heap.usedSize / 1024 / 1024, nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

function hourOf(h: number): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i < QUESTIONS_PER_HOUR; i++) {
    entries.push({ kind: 'question', text: `Heure ${h}, question ${i + 1} : lan mooy ŋ ë ñ ?` });
    if (i % (QUESTIONS_PER_HOUR / PLEDGES_PER_HOUR) === 0)
      entries.push({ kind: 'pledge', text: `Dinaa wax ñeneen ${h}.${i}`, firstName: 'Awa' });
  }
  return entries;
}

async function main() {
  const server = await startWebServer({ port: PORT });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: SCREENS_ARGS });
  try {
    const context = await benchContext(browser, PORT);
    const console = await context.newPage();
    console.setDefaultTimeout(120_000);
    await console.goto('#/console');
    await seedRows(console, debateTonight(0));
    await console.goto('#/console/debate');
    const kiosk = await context.newPage();
    await kiosk.goto('#/kiosk');
    const stage = await context.newPage();
    await stage.goto('#/stage');
    await watchTexts(console, '.q-body__text');

    const windows: [string, Page][] = [
      ['console', console],
      ['kiosk', kiosk],
      ['stage', stage],
    ];
    const cdps = await Promise.all(
      windows.map(async ([, page]) => {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        return cdp;
      }),
    );
    const samples: Sample[][] = [await Promise.all(cdps.map(sample))];
    const t0 = performance.now();
    // The facilitator works through the queue in order: the oldest waiting question first.
    const waiting: string[] = [];
    for (let h = 1; h <= HOURS; h++) {
      const entries = hourOf(h);
      await enterAll(kiosk, entries);
      waiting.push(...entries.filter((e) => e.kind === 'question').map((e) => e.text));
      for (const text of waiting.splice(0, PROJECTED_PER_HOUR)) await projectFromConsole(console, text);
      // The kiosk driver's own guard timers (10 s) hold what they watched: let them pass.
      await kiosk.waitForTimeout(10_500);
      samples.push(await Promise.all(cdps.map(sample)));
    }
    const took = (performance.now() - t0) / 1000;

    const per = QUESTIONS_PER_HOUR + PLEDGES_PER_HOUR;
    process.stdout.write(
      `\nMemory over a ${HOURS}-hour debate compressed into ${took.toFixed(0)} s ` +
        `(${per} kiosk entries and ${PROJECTED_PER_HOUR} projections an hour), after GC\n`,
    );
    const head = ['start', ...Array.from({ length: HOURS }, (_, i) => `${i + 1} h`)];
    process.stdout.write(
      `  ${'window'.padEnd(8)} ${'JS heap MB: ' + head.map((x) => x.padStart(6)).join('')}   growth\n`,
    );
    windows.forEach(([name], w) => {
      const heap = samples.map((s) => s[w]!.heapMB);
      const first = samples[0]![w]!;
      const last = samples.at(-1)![w]!;
      process.stdout.write(
        `  ${name.padEnd(8)} ${' '.repeat(12)}${heap.map((v) => v.toFixed(1).padStart(6)).join('')}   ×${(last.heapMB / first.heapMB).toFixed(2)}` +
          `   DOM nodes ${first.nodes} → ${last.nodes}, listeners ${first.listeners} → ${last.listeners}\n`,
      );
    });
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
