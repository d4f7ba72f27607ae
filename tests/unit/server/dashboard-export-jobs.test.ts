import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportJobs, JOBS_PER_STAFF } from '../../../server/src/dashboard/export-jobs';
import { build } from '../../../server/src/dashboard/exports';
import { listScreenings } from '../../../server/src/export/screenings';
import { seedCampaign } from '../../support/dashboard-campaign';
import { sqliteUrl, startCollector, type Collector } from './harness';

let c: Collector;
beforeAll(async () => {
  c = await startCollector(sqliteUrl(), 1_000_000);
  await seedCampaign(c, 6, 100);
}, 60_000);
afterAll(async () => c?.close());

describe('large exports in the background', () => {
  it('report their progress screening by screening, and the file holds every one', async () => {
    const rows = await listScreenings(c.conn.db);
    expect(rows).toHaveLength(600);
    const seen: number[] = [];
    const json = JSON.parse(String(await build(c.conn.db, 'json', rows, false, (n) => seen.push(n)))) as unknown[];
    expect(seen).toEqual([250, 500, 600]);
    expect(json).toHaveLength(600);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await build(c.conn.db, 'xlsx', rows, true, () => undefined)) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('screenings')!.rowCount).toBe(601);
    // Every third pledge of each kiosk's 100 (the 1st, 4th, … 100th) was given with consent: 34 × 6.
    expect(wb.getWorksheet('contacts')!.rowCount).toBe(1 + 204);
  }, 60_000);

  it('belong to whoever started them, and a member of staff runs at most a few at once', async () => {
    const jobs = new ExportJobs();
    const gates: (() => void)[] = [];
    const work = (progress: (n: number) => void) =>
      new Promise<string>((done) => {
        progress(1);
        gates.push(() => done('file'));
      });
    const started = Array.from({ length: JOBS_PER_STAFF }, () =>
      jobs.start('awa', { name: 'x', fmt: 'csv', total: 2 }, work),
    );
    expect(started.every((j) => j?.state === 'running' && j.done === 1)).toBe(true);
    expect(jobs.start('awa', { name: 'x', fmt: 'csv', total: 2 }, work)).toBeNull();
    expect(jobs.start('omar', { name: 'x', fmt: 'csv', total: 2 }, work)).not.toBeNull();
    expect(jobs.get(started[0]!.id, 'omar')).toBeNull();
    gates[0]!();
    await new Promise((r) => setImmediate(r));
    expect(jobs.get(started[0]!.id, 'awa')).toMatchObject({ state: 'ready', done: 2, body: 'file' });
    expect(jobs.start('awa', { name: 'x', fmt: 'csv', total: 2 }, work)).not.toBeNull();
  });
});
