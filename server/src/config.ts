import { homedir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS, type ServerLimits } from './http/limits';
import { DEFAULT_ORIGINS } from './http/origins';
import { DEFAULT_STAFF_OPTIONS, type StaffOptions } from './dashboard/options';

export interface CollectorConfig {
  databaseUrl: string;
  host: string;
  port: number;
  allowedOrigins: string[];
  requestsPerMinute: number;
  enrollPerMinute: number;
  limits: ServerLimits;
  staff: StaffOptions;
}

/** A setting that cannot be used, said plainly (the collector then does not start). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The collector's configuration is not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Where the data lives when nothing is said: an absolute path, whatever directory the service starts in. */
export const defaultDataPath = (env: NodeJS.ProcessEnv): string =>
  join(env.COLLECTOR_DATA_DIR || join(homedir(), '.mam-collector'), 'collector.sqlite');

/**
 * Settings from the environment, each with a default that works on one laptop:
 * an SQLite file in the user's home, listening on this machine only. A value that is
 * set but unusable stops the start with a sentence saying which and why.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): CollectorConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (it is "${v}").`);
      return fallback;
    }
    return Number(v);
  };
  const publicUrl = env.COLLECTOR_PUBLIC_URL ?? '';
  if (publicUrl && !/^https?:\/\/[^\s/]+/.test(publicUrl)) {
    problems.push(`COLLECTOR_PUBLIC_URL must start with https:// or http:// (it is "${publicUrl}").`);
  }
  const databaseUrl = env.COLLECTOR_DATABASE_URL || defaultDataPath(env);
  const config: CollectorConfig = {
    databaseUrl,
    host: env.COLLECTOR_HOST || '127.0.0.1',
    port: int('COLLECTOR_PORT', 8787, 0, 65_535),
    allowedOrigins: env.COLLECTOR_ORIGINS ? env.COLLECTOR_ORIGINS.split(',').map((s) => s.trim()) : DEFAULT_ORIGINS,
    requestsPerMinute: int('COLLECTOR_RATE_PER_MINUTE', 600, 1, 1_000_000),
    enrollPerMinute: int('COLLECTOR_ENROLL_PER_MINUTE', 10, 1, 10_000),
    limits: {
      ...DEFAULT_LIMITS,
      requestTimeoutMs: int('COLLECTOR_REQUEST_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs, 1000, 3_600_000),
      maxConnections: int('COLLECTOR_MAX_CONNECTIONS', DEFAULT_LIMITS.maxConnections, 1, 100_000),
      authFailuresPerMinute: int('COLLECTOR_AUTH_FAILURES_PER_MINUTE', DEFAULT_LIMITS.authFailuresPerMinute, 1, 10_000),
    },
    staff: {
      // Behind an HTTPS reverse proxy the cookies are marked Secure (never sent over plain HTTP).
      secureCookies: publicUrl.startsWith('https://'),
      idleMs: int('COLLECTOR_STAFF_IDLE_SECONDS', 1800, 1, 86_400) * 1000,
      signInFailuresPerMinute: int('COLLECTOR_SIGNIN_FAILURES_PER_MINUTE', 10, 1, 1000),
      progressAbove: DEFAULT_STAFF_OPTIONS.progressAbove,
    },
  };
  if (
    !/^postgres(ql)?:\/\//.test(databaseUrl) &&
    /^[a-z]+:\/\//i.test(databaseUrl) &&
    !databaseUrl.startsWith('sqlite:')
  ) {
    problems.push(`COLLECTOR_DATABASE_URL must be a postgres:// URL or an SQLite file path (it is "${databaseUrl}").`);
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}
