import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, type Browser } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../playwright.config';

/** Whether any process of the group led by `pid` still exists. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A Chromium we start ourselves on a persistent profile, so the test knows its process
 * and can kill it the way a power cut would (SIGKILL to the whole process group: no
 * unload handlers, no clean shutdown). Playwright's launchPersistentContext hides the
 * pid, so we launch the binary and attach over the DevTools protocol.
 */
export class ChromiumProcess {
  private constructor(
    readonly proc: ChildProcess,
    readonly browser: Browser,
  ) {}

  static async launch(profileDir: string): Promise<ChromiumProcess> {
    const portFile = join(profileDir, 'DevToolsActivePort');
    // A killed browser leaves its old port file behind; the new one writes a fresh one.
    rmSync(portFile, { force: true });
    const proc = spawn(
      CHROMIUM,
      [...CHROMIUM_ARGS, '--headless', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', 'about:blank'],
      { detached: true, stdio: 'ignore' },
    );
    await expect.poll(() => existsSync(portFile) && readFileSync(portFile, 'utf8').includes('\n')).toBe(true);
    const port = readFileSync(portFile, 'utf8').split('\n')[0];
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    return new ChromiumProcess(proc, browser);
  }

  /** Kills the browser and every child process at once, then waits until they are gone. */
  async powerCut(): Promise<void> {
    const exited = new Promise((done) => this.proc.once('exit', done));
    process.kill(-this.proc.pid!, 'SIGKILL');
    await exited;
    // The browser's children (the storage service holding IndexedDB's files among them)
    // die with it but may linger a moment; after a real power cut nothing is left when
    // the laptop starts again, so the next launch waits until the whole group is gone.
    // (Bounded: a child left as a zombie where nothing reaps it holds no files any more.)
    const until = Date.now() + 3_000;
    while (groupAlive(this.proc.pid!) && Date.now() < until) await new Promise((ok) => setTimeout(ok, 20));
    await this.browser.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      const exited = new Promise((done) => this.proc.once('exit', done));
      process.kill(-this.proc.pid!, 'SIGTERM');
      await exited;
    }
  }
}
