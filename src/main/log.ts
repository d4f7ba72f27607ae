import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogLevel } from '../shared/bridge';

/** The part of electron-log's Node logger this module drives (a test passes a recorder). */
export interface LoggerLike {
  transports: {
    file: {
      resolvePathFn: (...args: never[]) => string;
      maxSize: number;
      sync: boolean;
      level: string | false;
      format: unknown;
    };
    console: { level: string | false };
  };
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
}

export interface AppLog {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
  write: (level: LogLevel, message: string) => void;
  /** The last lines of the log file, oldest first; [] when it cannot be read. */
  recentLines: (count: number) => Promise<string[]>;
  readonly path: string;
}

/** One log file, rotated at 1 MB into `main.old.log` (electron-log's own rotation). */
export const LOG_FILE = 'main.log';
export const LOG_MAX_BYTES = 1024 * 1024;

/**
 * The app's log: main and renderer lines in `<logsDir>/main.log`. Writes are queued and
 * asynchronous, and every failure (a full disk, an unwritable folder) is swallowed, so
 * logging never blocks the app or takes it down.
 */
export function createAppLog(logger: LoggerLike, logsDir: string): AppLog {
  const path = join(logsDir, LOG_FILE);
  try {
    // electron-log's queued writes append; they do not create the folder.
    mkdirSync(logsDir, { recursive: true });
  } catch {
    // An unwritable folder: every write will fail quietly, the app runs on.
  }
  try {
    logger.transports.file.resolvePathFn = () => path;
    logger.transports.file.maxSize = LOG_MAX_BYTES;
    logger.transports.file.sync = false;
    logger.transports.file.level = 'info';
    // The terminal is seen only while developing; the file has everything.
    logger.transports.console.level = 'warn';
    logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  } catch {
    // A logger that cannot be set up logs to the console only.
  }
  const write = (level: LogLevel, message: string) => {
    try {
      logger[level](message);
    } catch {
      // Never let a log line be the thing that fails.
    }
  };
  return {
    path,
    write,
    info: (m) => write('info', m),
    warn: (m) => write('warn', m),
    error: (m) => write('error', m),
    recentLines: async (count) => {
      try {
        const text = await readFile(path, 'utf8');
        return text.split(/\r?\n/).filter(Boolean).slice(-count);
      } catch {
        return [];
      }
    },
  };
}
