import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppLog, LOG_MAX_BYTES } from '../../../src/main/log';
import { createRendererLog, RENDERER_LOG_RATE } from '../../../src/main/renderer-log';

// The real electron-log (its Node flavour, as bundled into main) writing real files.
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lines = async (path: string, want: string) => {
  for (let i = 0; i < 100; i++) {
    try {
      const text = readFileSync(path, 'utf8');
      if (text.includes(want)) return text;
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${want} never reached ${path}`);
};

describe('the app log', () => {
  it('writes main and renderer lines to logs/main.log, rotating at 1 MB', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-log-'));
    const log = createAppLog(electronLog, join(dir, 'logs'));
    log.info('start 0.1.0');
    log.error('window 2: renderer gone (crashed)');
    const text = await lines(join(dir, 'logs', 'main.log'), 'renderer gone');
    expect(text).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[info\]\s+start 0\.1\.0$/m);
    expect(text).toMatch(/\[error\]\s+window 2: renderer gone \(crashed\)$/m);
    expect(await log.recentLines(1)).toEqual([expect.stringContaining('renderer gone')]);
    expect(electronLog.transports.file.maxSize).toBe(LOG_MAX_BYTES);
  });

  it('never throws or blocks on a full disk (/dev/full)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-log-'));
    const log = createAppLog(electronLog, '/dev');
    electronLog.transports.file.resolvePathFn = () => '/dev/full';
    const t0 = Date.now();
    for (let i = 0; i < 200; i++) expect(() => log.error(`line ${i} `.repeat(50))).not.toThrow();
    expect(Date.now() - t0).toBeLessThan(2000);
    await new Promise((r) => setTimeout(r, 100)); // the queued writes fail in the background
    expect(await log.recentLines(5)).toEqual([]);
  });

  it('never throws when its folder cannot be made (a file stands where the folder should be)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-log-'));
    writeFileSync(join(dir, 'logs'), 'not a folder');
    const log = createAppLog(electronLog, join(dir, 'logs'));
    expect(() => log.warn('still running')).not.toThrow();
    await new Promise((r) => setTimeout(r, 100));
    expect(await log.recentLines(5)).toEqual([]);
  });
});

describe('the renderer log', () => {
  it('writes one line per entry, tagged with the window role', () => {
    const got: string[] = [];
    const log = createRendererLog(
      (level, line) => got.push(`${level} ${line}`),
      () => 0,
    );
    expect(log.write(1, 'kiosk', 'error', 'render error\nforged [error] line')).toEqual({ ok: true, value: undefined });
    expect(got).toEqual(['error [kiosk] render error ⏎ forged [error] line']);
  });

  it('drops a flood, says how many, and lets the page write again later', () => {
    let now = 0;
    const got: string[] = [];
    const log = createRendererLog(
      (_l, line) => got.push(line),
      () => now,
    );
    const results = Array.from({ length: 100 }, (_, i) => log.write(1, 'console', 'error', `loop ${i}`).ok);
    expect(results.filter(Boolean)).toHaveLength(RENDERER_LOG_RATE.burst);
    expect(log.write(2, 'stage', 'info', 'another window is not held back').ok).toBe(true);
    now = 5_000;
    expect(log.write(1, 'console', 'info', 'calm again').ok).toBe(true);
    expect(got.slice(-2)).toEqual(['[console] 80 log lines dropped (too many at once)', '[console] calm again']);
  });
});
