import type { DisplayInfo, RendererFacts } from './bridge';

/** What the platform (Electron's main process or the browser) adds to a diagnostics file. */
export interface PlatformFacts {
  app: { version: string; platform: 'electron' | 'browser'; electron?: string; chrome?: string };
  os: { name: string; release: string; arch: string };
  displays: DisplayInfo[];
  /** The log file's last lines, oldest first. */
  logLines: string[];
}

/** How many log lines a diagnostics file carries: the last minutes before the trouble. */
export const DIAGNOSTICS_LOG_LINES = 300;

// Belt and braces: nothing logs contact details, but a stray one must not leave the laptop.
const EMAIL = /[^\s@<>()"']+@[^\s@<>()"']+\.[A-Za-z]{2,}/g;
const PHONE = /\+?\d[\d -]{6,}\d/g;

/** A log line with anything that looks like an e-mail address or a phone number masked. */
export function scrubLine(line: string): string {
  return line.replace(EMAIL, '[email]').replace(PHONE, (m) => (/^\d{4}-\d{2}-\d{2}/.test(m) ? m : '[number]'));
}

/**
 * One diagnostics file, JSON so IOM's support can read it by eye or by tool. It holds
 * versions, displays, storage and sync state and the recent log: no contact details, no
 * question text (the renderer sends counts only; log lines are scrubbed).
 */
export function diagnosticsFile(
  renderer: RendererFacts,
  platform: PlatformFacts,
  now: Date,
): { name: string; text: string } {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const body = {
    kind: 'mam-kiosk-diagnostics',
    writtenAt: now.toISOString(),
    app: platform.app,
    os: platform.os,
    displays: platform.displays,
    storage: renderer.storage,
    outbox: renderer.outbox,
    lastSyncError: renderer.lastSyncError,
    route: renderer.route,
    log: platform.logLines.slice(-DIAGNOSTICS_LOG_LINES).map(scrubLine),
  };
  return { name: `mam-diagnostics-${stamp}.json`, text: `${JSON.stringify(body, null, 2)}\n` };
}
