import type { LogLevel } from '../shared/bridge';
import { fail, ok, type Result } from '../shared/result';

/** A page may write `burst` lines at once, then `perSecond` a second; the rest is dropped. */
export const RENDERER_LOG_RATE = { burst: 20, perSecond: 2 } as const;

/**
 * The renderer's way into the log: each window has its own token bucket, so a page stuck
 * in an error loop cannot fill the disk or drown the main process's lines. Dropped lines
 * are counted and said once the window may write again.
 */
export function createRendererLog(write: (level: LogLevel, line: string) => void, now: () => number = Date.now) {
  const buckets = new Map<number, { tokens: number; at: number; dropped: number }>();
  return {
    write(windowId: number, role: string, level: LogLevel, message: string): Result<void> {
      const t = now();
      const b = buckets.get(windowId) ?? { tokens: RENDERER_LOG_RATE.burst, at: t, dropped: 0 };
      b.tokens = Math.min(RENDERER_LOG_RATE.burst, b.tokens + ((t - b.at) / 1000) * RENDERER_LOG_RATE.perSecond);
      b.at = t;
      buckets.set(windowId, b);
      if (b.tokens < 1) {
        b.dropped += 1;
        return fail('busy');
      }
      b.tokens -= 1;
      if (b.dropped > 0) {
        write('warn', `[${role}] ${b.dropped} log lines dropped (too many at once)`);
        b.dropped = 0;
      }
      // One line per entry: a page cannot forge extra lines with newlines.
      write(level, `[${role}] ${message.replace(/[\r\n]+/g, ' ⏎ ')}`);
      return ok(undefined);
    },
    forget: (windowId: number) => buckets.delete(windowId),
  };
}

export type RendererLog = ReturnType<typeof createRendererLog>;
