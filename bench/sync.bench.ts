/**
 * Sync speed, each number next to a baseline measured in the same run (printed, never
 * asserted; these machines are noisy):
 *  1. A kiosk in Chromium with 50,000 pending changes syncing to a local collector, vs a
 *     raw HTTP POST of the same bytes to a sink (transport only), and vs the collector
 *     ingesting the same bodies straight from Node (no browser, no Dexie).
 *  2. The kiosk's UI while it syncs: frame intervals during the sync vs the same page idle.
 *  3. Collector ingest with 50 kiosks syncing at once vs a raw sink taking the same bodies
 *     from the same 50 clients at once (the floor), and vs one kiosk sending the same total,
 *     on SQLite and on PostgreSQL. The 50 clients run in a child process (sync-clients.ts),
 *     for the collector and the sink alike: the server's thread is its own. On PostgreSQL
 *     the database server's own CPU per change is printed too (pg-cpu.ts).
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { startWebServer } from '../scripts/serve-web';
import { createEnrollmentCode } from '../server/src/auth/devices';
import { SyncPage } from '../tests/e2e/support/sync-page';
import { startPostgres, type TestPostgres } from '../tests/support/postgres';
import { enrollDevice, freshPgDatabase, sqliteUrl, startCollector } from '../tests/unit/server/harness';
import { pgCpuMs } from './pg-cpu';
import type { ClientResult, ClientWork } from './sync-clients';
import { bodiesFor, FRAME_RECORDER, pendingEvents, postAll, seedOutbox, takeFrames } from './sync-bench-support';

const PORT = Number(process.env.BENCH_PORT ?? 5298);
const PENDING = Number(process.env.BENCH_PENDING ?? 50_000);
const KIOSKS = 50;

const ms = (v: number) => `${v.toFixed(0).padStart(7)} ms`;
const perSec = (n: number, t: number) =>
  `${Math.round((n * 1000) / t)
    .toLocaleString('en')
    .padStart(8)} changes/s`;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** A server that reads each body and answers `{}`: the transport floor. */
async function startSink(): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    req.on('data', () => undefined);
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, close: () => server.close() };
}

async function rawSink(bodies: string[]): Promise<number> {
  const sink = await startSink();
  const t = await timed(() => postAll(sink.url, bodies, 'x'.repeat(43)));
  sink.close();
  return t;
}

/**
 * The 50 kiosks posting their bodies in turn, all at once, from a child process
 * (sync-clients.ts) so that their own CPU does not share this process's thread with the
 * server. Returns the total time, each request's, the CPU time this process used (the
 * server's: collector or sink), which the other engineers' load on this machine skews
 * far less than the wall clock, and the clients' CPU time.
 */
async function together(url: string, kiosks: ClientWork['kiosks'], perKiosk: number) {
  const child = fork(join('bench', 'sync-clients.ts'), { execArgv: ['--import', 'tsx'] }); // run from the repository, as npm run bench does
  const next = () =>
    new Promise<unknown>((ok, ko) => {
      child.once('message', ok);
      child.once('exit', (code) => ko(new Error(`sync-clients exited (${code})`)));
    });
  const ready = next();
  child.send({ url, kiosks, perKiosk } satisfies ClientWork);
  await ready;
  const done = next();
  const cpu0 = process.cpuUsage();
  child.send('go');
  const r = (await done) as ClientResult;
  const cpu = process.cpuUsage(cpu0);
  return { ms: r.ms, latencies: r.latencies, cpuMs: (cpu.user + cpu.system) / 1000, clientCpuMs: r.cpuMs };
}

async function collectorDirect(bodies: string[]): Promise<number> {
  const c = await startCollector(sqliteUrl());
  const dev = await enrollDevice(c, 'BENCH-NODE');
  const t = await timed(() => postAll(`${c.url}/v1/batches`, bodies, dev.token));
  await c.close();
  return t;
}

async function kioskInChromium(page: Page, rows: ReturnType<typeof pendingEvents>) {
  const c = await startCollector(sqliteUrl());
  const sync = new SyncPage(page);
  await sync.goto();
  await sync.enroll(c.url, await createEnrollmentCode(c.conn.db, 'bench'));
  await page.getByTestId('sync-last-success').filter({ hasText: 'Dernier envoi réussi' }).waitFor();
  await seedOutbox(page, rows);
  // The engine starts with the console: reload and time until the outbox is empty.
  const t0 = performance.now();
  await page.reload();
  await page.getByTestId('sync-pending').filter({ hasText: 'Modifications en attente' }).waitFor();
  const loaded = performance.now() - t0;
  await takeFrames(page);
  await page.getByTestId('sync-pending').filter({ hasText: 'Tout a été envoyé' }).waitFor({ timeout: 600_000 });
  const total = performance.now() - t0;
  const busy = await takeFrames(page);
  await page.waitForTimeout(Math.min(5_000, total - loaded)); // an idle stretch for the frame baseline
  const idle = await takeFrames(page);
  const held = await c.conn.db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  await c.close();
  return { syncMs: total - loaded, busy, idle, held: Number(held?.n ?? 0) };
}

function frames(label: string, xs: number[]) {
  const long = xs.filter((x) => x > 50).length;
  console.log(
    `  ${label.padEnd(14)} frames ${String(xs.length).padStart(6)}  p50 ${ms(pct(xs, 0.5))}  p95 ${ms(pct(xs, 0.95))}  max ${ms(Math.max(0, ...xs))}  >50 ms: ${long}`,
  );
}

/** `dbCpuMs`: the database server's CPU time so far, for a database in its own processes. */
async function manyKiosks(label: string, dbUrl: () => Promise<string>, dbCpuMs?: () => number) {
  const per = Math.floor(PENDING / KIOSKS);
  const n = per * KIOSKS;
  const c = await startCollector(await dbUrl(), 1_000_000);
  const devices = await Promise.all(Array.from({ length: KIOSKS }, (_, i) => enrollDevice(c, `BENCH-${i}`)));
  const kiosks = devices.map((d, i) => ({ token: d.token, prefix: `K${i}x` }));
  const sink = await startSink();
  const floor = await together(sink.url, kiosks, per);
  sink.close();
  const db0 = dbCpuMs?.();
  const many = await together(`${c.url}/v1/batches`, kiosks, per);
  const dbMs = db0 === undefined ? undefined : dbCpuMs!() - db0;
  await c.close();
  const one = await startCollector(await dbUrl(), 1_000_000);
  const solo = await enrollDevice(one, 'BENCH-SOLO');
  const alone = await timed(() => postAll(`${one.url}/v1/batches`, bodiesFor(pendingEvents(n, 'SOLO')), solo.token));
  await one.close();
  const latency = (xs: number[]) => `p50 ${ms(pct(xs, 0.5))}  p95 ${ms(pct(xs, 0.95))}  max ${ms(Math.max(...xs))}`;
  console.log(
    `  ${label.padEnd(10)} ${KIOSKS} kiosks at once ${perSec(n, many.ms)}   raw sink, same ${KIOSKS} at once ${perSec(n, floor.ms)} (×${(many.ms / floor.ms).toFixed(1)})   one kiosk, same total ${perSec(n, alone)}`,
  );
  console.log(`  ${''.padEnd(10)} request latency, ${KIOSKS} at once: ${latency(many.latencies)}`);
  console.log(`  ${''.padEnd(10)} raw sink latency, ${KIOSKS} at once: ${latency(floor.latencies)}`);
  const perChange = (cpuMs: number) => `${((cpuMs * 1000) / n).toFixed(1)} µs`;
  console.log(
    `  ${''.padEnd(10)} CPU per change, server process: collector ${perChange(many.cpuMs)}   raw sink ${perChange(floor.cpuMs)}   (the clients' own process: ${perChange(many.clientCpuMs)})`,
  );
  if (dbMs !== undefined)
    console.log(`  ${''.padEnd(10)} CPU per change, the PostgreSQL server's own processes: ${perChange(dbMs)}`);
}

/**
 * `BENCH_SYNC=collector` runs part 3 only (no Chromium): the collector's numbers on their
 * own. `BENCH_DB=sqlite` or `BENCH_DB=postgres` runs part 3 on that database only.
 */
async function collectorOnly(pg: () => Promise<TestPostgres>) {
  console.log(`\n3. Collector ingest, ${PENDING.toLocaleString('en')} changes`);
  const only = process.env.BENCH_DB;
  if (only !== undefined && only !== 'sqlite' && only !== 'postgres')
    throw new Error(`BENCH_DB=${only}: sqlite or postgres`);
  if (only !== 'postgres') await manyKiosks('SQLite', async () => sqliteUrl());
  if (only === 'sqlite') return;
  const cluster = await pg();
  const port = Number(new URL(cluster.url).port);
  let n = 0;
  await manyKiosks(
    'PostgreSQL',
    () => freshPgDatabase(cluster.url, `bench${++n}`),
    () => pgCpuMs(port),
  );
}

/** The PostgreSQL cluster, started when first asked for; `stop` stops it if it started. */
function lazyPostgres() {
  let cluster: Promise<TestPostgres> | null = null;
  return {
    get: () => (cluster ??= startPostgres()),
    stop: async () => (await cluster)?.stop(),
  };
}

async function main() {
  const pg = lazyPostgres();
  if (process.env.BENCH_SYNC === 'collector') return collectorOnly(pg.get).finally(pg.stop);
  const rows = pendingEvents(PENDING);
  const bodies = bodiesFor(rows);
  const bytes = bodies.reduce((s, b) => s + b.length, 0);
  const server = await startWebServer({ port: PORT });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${PORT}/` });
    await context.addInitScript(FRAME_RECORDER);
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const kiosk = await kioskInChromium(page, rows);
    const raw = await rawSink(bodies);
    const direct = await collectorDirect(bodies);
    console.log(
      `\n1. ${PENDING.toLocaleString('en')} pending changes (${(bytes / 1e6).toFixed(1)} MB of JSON in ${bodies.length} batches)`,
    );
    console.log(
      `  kiosk (Chromium → collector)  ${ms(kiosk.syncMs)}  ${perSec(PENDING, kiosk.syncMs)}   collector holds ${kiosk.held}`,
    );
    console.log(
      `  raw POST, same bytes → sink  ${ms(raw)}  ${perSec(PENDING, raw)}   kiosk ×${(kiosk.syncMs / raw).toFixed(1)} slower`,
    );
    console.log(
      `  Node → collector, same bytes ${ms(direct)}  ${perSec(PENDING, direct)}   kiosk ×${(kiosk.syncMs / direct).toFixed(1)} slower`,
    );
    console.log('\n2. Console frame intervals (requestAnimationFrame)');
    frames('while syncing', kiosk.busy);
    frames('idle baseline', kiosk.idle);
    await collectorOnly(pg.get);
  } finally {
    await browser.close();
    server.close();
    await pg.stop();
  }
}

void main();
