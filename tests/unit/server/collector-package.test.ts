import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollectorProcess, type CollectorProcess } from '../../support/collector-process';
import { staffCookie } from '../../support/staff-http';

// server/ as its own package, as an operator deploys it: built to JavaScript, copied away
// from the project (no src/, no tsx, no kiosk packages within reach) with only the
// dependencies its package.json declares, then started with `npm start`.
const PASSWORD = 'Sédhiou-hivernage-2026';
const pkg = JSON.parse(readFileSync('server/package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};
let dir = '';
let app = '';
let running: CollectorProcess | null = null;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'collector-package-'));
  app = join(dir, 'mam-collector');
});
afterAll(async () => {
  await running?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const npm = (args: string[], cwd: string, env: Record<string, string> = {}, input?: string) =>
  spawnSync('npm', args, { cwd, env: { ...process.env, ...env }, input, encoding: 'utf8', timeout: 120_000 });

describe('the collector package (server/)', () => {
  it('builds to JavaScript with the shared code compiled in and every package it imports declared', () => {
    const r = npm(['run', 'build', '--workspace', 'server'], '.');
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Collector built in server/dist');
    const cli = readFileSync('server/dist/cli.mjs', 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node')).toBe(true);
    // The kiosk's contract is inside the build, not imported from the project's sources.
    expect(cli).toContain('BUNDLE_MAGIC');
    expect(cli).not.toMatch(/from ["'][^"']*src\/shared/);
    expect(pkg.scripts.start).toContain('dist/cli.mjs serve');
    expect(Object.keys(pkg.dependencies)).toEqual(
      expect.arrayContaining(['fastify', 'kysely', 'better-sqlite3', 'pg']),
    );
  }, 120_000);

  it('runs from a copy with only its declared dependencies: npm start serves /health and the dashboard', async () => {
    cpSync('server/package.json', join(app, 'package.json'));
    cpSync('server/dist', join(app, 'dist'), { recursive: true });
    for (const name of Object.keys(pkg.dependencies)) {
      mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
      symlinkSync(resolve('node_modules', name), join(app, 'node_modules', name));
    }
    const db = join(dir, 'data', 'collector.sqlite');
    const add = npm(
      ['run', '--silent', 'cli', '--', 'staff-add', '--email', 'awa@iom.int', '--name', 'Awa', '--role', 'admin'],
      app,
      { COLLECTOR_DATABASE_URL: db },
      `${PASSWORD}\n`,
    );
    expect(add.stderr).toBe('');
    expect(add.stdout).toContain('Staff account awa@iom.int (admin) created');

    running = await startCollectorProcess(db, {}, { file: 'npm', args: ['start'], cwd: app });
    const health = await fetch(`${running.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
    // The indicators come from the kiosk's report model, compiled into the package.
    const cookie = await staffCookie(running.url, 'awa@iom.int', PASSWORD);
    const page = await fetch(`${running.url}/staff/screenings`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/data-indicator="ind.screenings"[^>]*>[^<]*<b>0<\/b>/);

    expect(existsSync(`${db}.serving`)).toBe(true);
    await running.stop();
    running = null;
    // SIGTERM: requests finished, the database closed and the serve lock given back.
    const deadline = Date.now() + 20_000;
    while (existsSync(`${db}.serving`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(`${db}.serving`)).toBe(false);
  }, 120_000);
});
