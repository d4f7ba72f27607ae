import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './postgres';

/** The collector's own command line, as staff run it (`npm run collector` uses the same). */
const TSX = ['node_modules/.bin/tsx', '--tsconfig', 'tsconfig.node.json', 'server/src/cli.ts'] as const;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function collectorCli(args: string[], env: Record<string, string>, input?: string): CliResult {
  const r = spawnSync(TSX[0], [...TSX.slice(1), ...args], {
    env: { ...process.env, ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempSqlite = (): string => join(mkdtempSync(join(tmpdir(), 'dashboard-')), 'collector.sqlite');

export interface CollectorProcess {
  url: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** How to start the collector: the developer's tsx run by default, or a built package's `npm start`. */
export interface Launch {
  file: string;
  args: string[];
  cwd?: string;
}
const DEV_LAUNCH: Launch = { file: TSX[0], args: [...TSX.slice(1), 'serve'] };

/** Starts `serve` in its own process (its own process group) and waits until GET /health answers 200. */
export async function startCollectorProcess(
  databaseUrl: string,
  extra: Record<string, string> = {},
  launch: Launch = DEV_LAUNCH,
): Promise<CollectorProcess> {
  const port = await freePort();
  const env = {
    COLLECTOR_DATABASE_URL: databaseUrl,
    COLLECTOR_PORT: String(port),
    COLLECTOR_HOST: '127.0.0.1',
    ...extra,
  };
  const child: ChildProcess = spawn(launch.file, launch.args, {
    cwd: launch.cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own group, so a stop reaches the collector under `npm start` too.
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`collector exited (${child.exitCode}): ${stderr}`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`collector did not answer /health: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    env,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        process.kill(-child.pid!, 'SIGTERM');
      }),
  };
}
