import type { RenderProcessGoneDetails } from 'electron';

export interface RecoverableContents {
  id: number;
  getURL(): string;
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  forcefullyCrashRenderer(): void;
  on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
}

export interface RecoverableWindow {
  webContents: RecoverableContents;
  isDestroyed(): boolean;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
}

export interface RecoveryOptions {
  log: (line: string) => void;
  /** Whether a URL is one of the app's own (only those are reloaded). */
  isAppUrl: (url: string) => boolean;
  /** The route to fall back to when the crashed page's URL is not the app's. */
  fallbackUrl: string;
  setTimer?: (fn: () => void, ms: number) => unknown;
  now?: () => number;
}

/** How soon a crashed page comes back, how long a hung one is given, how a crash loop is slowed. */
export const RECOVERY = {
  reloadAfterMs: 1_000,
  hungForMs: 8_000,
  /** More than `burst` recoveries within `windowMs` and the next waits `backoffMs`. */
  burst: 3,
  windowMs: 60_000,
  backoffMs: 30_000,
} as const;

/**
 * Brings a window's page back by itself: a crashed or killed renderer (render-process-gone)
 * is replaced by a fresh one at the same route a second later; a renderer hung for
 * `hungForMs` is crashed on purpose, which then recovers the same way. The window itself
 * (its display, fullscreen, kiosk mode) stays. A crash loop is slowed, never given up on:
 * the public screen must come back. Every crash is logged.
 */
export function watchForCrashes(win: RecoverableWindow, opts: RecoveryOptions): void {
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const now = opts.now ?? Date.now;
  const contents = win.webContents;
  const id = contents.id;
  const recent: number[] = [];
  let lastUrl = opts.fallbackUrl;
  // A token per hang, so a timer left from an earlier hang cannot crash a page that recovered.
  let hung: object | null = null;

  contents.on('render-process-gone', (_event, details) => {
    const url = contents.isDestroyed() ? lastUrl : contents.getURL();
    if (opts.isAppUrl(url)) lastUrl = url;
    opts.log(`window ${id}: renderer gone (${details.reason}, exit code ${details.exitCode}) at ${lastUrl}`);
    if (details.reason === 'clean-exit') return;
    const t = now();
    while (recent.length > 0 && t - recent[0]! > RECOVERY.windowMs) recent.shift();
    recent.push(t);
    const wait = recent.length > RECOVERY.burst ? RECOVERY.backoffMs : RECOVERY.reloadAfterMs;
    if (wait !== RECOVERY.reloadAfterMs)
      opts.log(`window ${id}: ${recent.length} crashes in a minute, next reload in ${wait / 1000} s`);
    setTimer(() => {
      if (win.isDestroyed() || contents.isDestroyed()) return;
      opts.log(`window ${id}: reloading ${lastUrl}`);
      contents.loadURL(lastUrl).catch((err: unknown) => opts.log(`window ${id}: reload failed: ${String(err)}`));
    }, wait);
  });

  win.on('unresponsive', () => {
    opts.log(`window ${id}: not responding`);
    if (hung !== null) return;
    const token = {};
    hung = token;
    setTimer(() => {
      if (hung !== token || win.isDestroyed() || contents.isDestroyed()) return;
      hung = null;
      opts.log(`window ${id}: still hung after ${RECOVERY.hungForMs / 1000} s, restarting its renderer`);
      if (opts.isAppUrl(contents.getURL())) lastUrl = contents.getURL();
      contents.forcefullyCrashRenderer();
    }, RECOVERY.hungForMs);
  });
  win.on('responsive', () => {
    if (hung !== null) opts.log(`window ${id}: responding again`);
    hung = null;
  });
}

export interface CrashReporterApi {
  start(options: { uploadToServer: boolean; compress?: boolean }): void;
}

/** Minidumps stay on the laptop (in userData/Crashpad): nothing is sent anywhere. */
export function startLocalCrashReports(reporter: CrashReporterApi): void {
  reporter.start({ uploadToServer: false, compress: true });
}
