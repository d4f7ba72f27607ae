/**
 * The staff dashboard over a campaign of 5,000 screenings from 50 kiosks (20,000 questions,
 * 5,000 pledges), on SQLite and on PostgreSQL: the indicators page and the CSV, XLSX and
 * JSON exports of everything, each as staff get it (HTTP, signed in), p50/p95 over runs,
 * next to the same figures / rows read by a hand-written SQL query in the same run.
 * Printed, never asserted.
 */
import { startPostgres } from '../tests/support/postgres';
import { freshPgDatabase, sqliteUrl, startCollector } from '../tests/unit/server/harness';
import { seedCampaign } from '../tests/support/dashboard-campaign';
import { rawExport, rawIndicators } from './dashboard-bench-support';

const RUNS = Number(process.env.BENCH_RUNS ?? 12);
const KIOSKS = 50;
const PER_KIOSK = Number(process.env.BENCH_PER_KIOSK ?? 100);

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
const ms = (v: number) => `${v.toFixed(1).padStart(8)} ms`;

async function runs(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: first-use compilation and caches are not what staff wait for each time
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

async function get(url: string, cookie: string): Promise<number> {
  const r = await fetch(url, { headers: { cookie } });
  const bytes = (await r.arrayBuffer()).byteLength;
  if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
  return bytes;
}

function line(label: string, xs: number[], base: number[]) {
  const ratio = pct(xs, 0.5) / Math.max(0.001, pct(base, 0.5));
  console.log(
    `  ${label.padEnd(18)} p50 ${ms(pct(xs, 0.5))}  p95 ${ms(pct(xs, 0.95))}   raw SQL p50 ${ms(pct(base, 0.5))}  p95 ${ms(pct(base, 0.95))}   ×${ratio.toFixed(1)}`,
  );
}

async function bench(label: string, dbUrl: string) {
  // Each export is timed as one request building the whole file (the dashboard builds one this
  // large in the background behind its progress page; the work is the same).
  const c = await startCollector(dbUrl, 1_000_000, 0, { staff: { progressAbove: Number.MAX_SAFE_INTEGER } });
  const t0 = performance.now();
  const cookie = await seedCampaign(c, KIOSKS, PER_KIOSK);
  console.log(
    `\n${label}: ${KIOSKS * PER_KIOSK} screenings from ${KIOSKS} kiosks seeded through the sync API in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${RUNS} runs each`,
  );
  const sqlInd = await runs(() => rawIndicators(c));
  const sqlExp = await runs(() => rawExport(c));
  line('indicators page', await runs(() => get(`${c.url}/staff/screenings`, cookie)), sqlInd);
  line('indicators, 1 kiosk', await runs(() => get(`${c.url}/staff/screenings?kiosk=K07-bench`, cookie)), sqlInd);
  for (const fmt of ['csv', 'xlsx', 'json']) {
    const bytes = await get(`${c.url}/staff/export.${fmt}`, cookie);
    line(
      `export ${fmt} ${(bytes / 1e6).toFixed(1)} MB`,
      await runs(() => get(`${c.url}/staff/export.${fmt}`, cookie)),
      sqlExp,
    );
  }
  await c.close();
}

async function main() {
  await bench('SQLite', sqliteUrl());
  const pg = await startPostgres();
  try {
    await bench('PostgreSQL', await freshPgDatabase(pg.url, 'dashboard_bench'));
  } finally {
    pg.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
