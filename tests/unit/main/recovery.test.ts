import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { RECOVERY, startLocalCrashReports, watchForCrashes } from '../../../src/main/crash-recovery';
import { createKeepAwake } from '../../../src/main/power';
import { bringToFront, takeSingleInstance } from '../../../src/main/single-instance';

/** A window and its page as crash recovery sees them, with a clock and timers the test runs. */
function rig() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const lines: string[] = [];
  const loads: string[] = [];
  const contents = Object.assign(new EventEmitter(), {
    id: 3,
    url: 'kiosk://app/index.html#/stage',
    getURL: () => contents.url,
    isDestroyed: () => false,
    loadURL: async (u: string) => void loads.push(u),
    forcefullyCrashRenderer: () => contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 }),
  });
  const win = Object.assign(new EventEmitter(), { webContents: contents, isDestroyed: () => false });
  watchForCrashes(win, {
    log: (l) => lines.push(l),
    isAppUrl: (u) => u.startsWith('kiosk://app/'),
    fallbackUrl: 'kiosk://app/index.html#/stage',
    setTimer: (fn, ms) => timers.push({ at: now + ms, fn }),
    now: () => now,
  });
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  const crash = (reason = 'crashed') => contents.emit('render-process-gone', {}, { reason, exitCode: 139 });
  return { contents, win, lines, loads, advance, crash };
}

describe('crash recovery', () => {
  it('reloads a crashed page at the route it was on, a second later, and logs it', () => {
    const r = rig();
    r.contents.url = 'kiosk://app/index.html#/console/debate';
    r.crash();
    r.advance(RECOVERY.reloadAfterMs - 1);
    expect(r.loads).toEqual([]);
    r.advance(1);
    expect(r.loads).toEqual(['kiosk://app/index.html#/console/debate']);
    expect(r.lines[0]).toBe(
      'window 3: renderer gone (crashed, exit code 139) at kiosk://app/index.html#/console/debate',
    );
  });

  it('never reloads a page that is not the app; a clean exit is left alone', () => {
    const r = rig();
    r.contents.url = 'https://evil.example/';
    r.crash();
    r.advance(RECOVERY.reloadAfterMs);
    expect(r.loads).toEqual(['kiosk://app/index.html#/stage']);
    r.crash('clean-exit');
    r.advance(RECOVERY.backoffMs);
    expect(r.loads).toHaveLength(1);
  });

  it('slows a crash loop down instead of spinning, and never gives up', () => {
    const r = rig();
    for (let i = 0; i < RECOVERY.burst; i++) {
      r.crash();
      r.advance(RECOVERY.reloadAfterMs);
    }
    expect(r.loads).toHaveLength(RECOVERY.burst);
    r.crash();
    r.advance(RECOVERY.reloadAfterMs);
    expect(r.loads).toHaveLength(RECOVERY.burst);
    r.advance(RECOVERY.backoffMs);
    expect(r.loads).toHaveLength(RECOVERY.burst + 1);
    expect(r.lines.some((l) => l.includes('crashes in a minute, next reload in 30 s'))).toBe(true);
    r.advance(RECOVERY.windowMs); // a calm minute later, a crash is reloaded quickly again
    r.crash();
    r.advance(RECOVERY.reloadAfterMs);
    expect(r.loads).toHaveLength(RECOVERY.burst + 2);
  });

  it('restarts a renderer hung for several seconds, not one that recovers by itself', () => {
    const r = rig();
    r.win.emit('unresponsive');
    r.advance(RECOVERY.hungForMs / 2);
    r.win.emit('responsive');
    r.advance(RECOVERY.hungForMs);
    expect(r.loads).toEqual([]);
    r.win.emit('unresponsive');
    r.advance(RECOVERY.hungForMs);
    r.advance(RECOVERY.reloadAfterMs);
    expect(r.loads).toEqual(['kiosk://app/index.html#/stage']);
    expect(r.lines).toContain('window 3: still hung after 8 s, restarting its renderer');
  });

  it('keeps crash reports on the laptop', () => {
    const got: unknown[] = [];
    startLocalCrashReports({ start: (o) => got.push(o) });
    expect(got).toEqual([{ uploadToServer: false, compress: true }]);
  });
});

describe('keep awake', () => {
  it('holds one blocker while any window has a screening open, and releases it after', () => {
    const calls: string[] = [];
    const awake = createKeepAwake(
      {
        start: (t) => (calls.push(`start ${t}`), 42),
        stop: (id) => void calls.push(`stop ${id}`),
        isStarted: () => true,
      },
      () => undefined,
    );
    awake.set(1, true);
    awake.set(2, true);
    awake.set(1, false);
    expect(awake.isOn()).toBe(true);
    awake.forget(2); // the stage window closed
    expect(awake.isOn()).toBe(false);
    expect(calls).toEqual(['start prevent-display-sleep', 'stop 42']);
  });
});

describe('single instance', () => {
  it('a second launch quits; the first brings its window forward and ignores the arguments', () => {
    const events = new EventEmitter();
    const calls: string[] = [];
    const app = {
      requestSingleInstanceLock: () => false,
      quit: () => calls.push('quit'),
      on: (e: 'second-instance', fn: (event: unknown, argv: string[], cwd: string) => void) => events.on(e, fn),
    };
    expect(
      takeSingleInstance(
        app,
        () => calls.push('forward'),
        () => undefined,
      ),
    ).toBe(false);
    expect(calls).toEqual(['quit']);
    calls.length = 0;
    const lines: string[] = [];
    expect(
      takeSingleInstance(
        { ...app, requestSingleInstanceLock: () => true },
        () => calls.push('forward'),
        (l) => lines.push(l),
      ),
    ).toBe(true);
    events.emit('second-instance', {}, ['kiosk.exe', '--support-devtools', 'C:\\film.mp4'], 'C:\\');
    expect(calls).toEqual(['forward']);
    expect(lines).toEqual(['second launch (3 arguments): running app brought forward']);
  });

  it('restores a minimised window before focusing it', () => {
    const calls: string[] = [];
    bringToFront({
      isDestroyed: () => false,
      isMinimized: () => true,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    });
    expect(calls).toEqual(['restore', 'show', 'focus']);
    expect(() => bringToFront(undefined)).not.toThrow();
  });
});
