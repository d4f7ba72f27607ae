import type { KioskApi } from '@shared/bridge';
import { DIAGNOSTICS_LOG_LINES, diagnosticsFile } from '@shared/diagnostics';
import { fail, ok } from '@shared/result';

/** Where a browser keeps its log: this tab's memory (there is no log file to write). */
const lines: string[] = [];

/** Saves bytes the browser's way: a download named `fileName`. */
export function download(fileName: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data]));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function browserName(): { name: string; release: string } {
  const ua = navigator.userAgent;
  const m = /(Chrome|Chromium|Firefox|Version)\/([\d.]+)/.exec(ua);
  return { name: m?.[1] === 'Version' ? 'Safari' : (m?.[1] ?? 'browser'), release: m?.[2] ?? '' };
}

/**
 * The shell's part of the KioskApi in a plain browser: no kiosk mode (a browser cannot),
 * the Screen Wake Lock API for keeping the display awake, the log in memory, and the
 * diagnostics file as a download.
 */
export function createBrowserShell(): Pick<KioskApi, 'power' | 'log' | 'diagnostics'> & {
  setKioskMode: KioskApi['windows']['setKioskMode'];
} {
  let wake: WakeLockSentinel | null = null;
  return {
    setKioskMode: async () => ok(undefined),
    power: {
      keepAwake: async (on) => {
        try {
          if (on && !wake) wake = (await navigator.wakeLock?.request('screen')) ?? null;
          if (!on && wake) await wake.release().finally(() => (wake = null));
          return ok(undefined);
        } catch {
          // A hidden tab may be refused the lock: the screening goes on regardless.
          return fail('not_available');
        }
      },
    },
    log: {
      write: async (level, message) => {
        lines.push(`[${new Date().toISOString()}] [${level}] ${message.slice(0, 2000)}`);
        if (lines.length > DIAGNOSTICS_LOG_LINES) lines.splice(0, lines.length - DIAGNOSTICS_LOG_LINES);
        return ok(undefined);
      },
    },
    diagnostics: {
      save: async (facts) => {
        const os = browserName();
        const file = diagnosticsFile(
          facts,
          {
            app: { platform: 'browser', version: import.meta.env.VITE_APP_VERSION ?? 'dev', chrome: os.release },
            os: { name: os.name, release: navigator.userAgent, arch: navigator.platform },
            displays: [{ id: 0, label: 'screen', primary: true, width: screen.width, height: screen.height }],
            logLines: [...lines],
          },
          new Date(),
        );
        download(file.name, file.text);
        return ok({});
      },
    },
  };
}
