import { resolve } from 'node:path';
import { DEFAULT_LIMITS, type ServerLimits } from './http/limits';
import { DEFAULT_ORIGINS } from './http/origins';

export interface CollectorConfig {
  databaseUrl: string;
  host: string;
  port: number;
  allowedOrigins: string[];
  requestsPerMinute: number;
  enrollPerMinute: number;
  limits: ServerLimits;
}

const int = (v: string | undefined, fallback: number) => (v && /^\d+$/.test(v) ? Number(v) : fallback);

/**
 * Settings from the environment, each with a default that works on one laptop:
 * an SQLite file under server/data, listening on this machine only.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): CollectorConfig {
  return {
    databaseUrl: env.COLLECTOR_DATABASE_URL || resolve('server/data/collector.sqlite'),
    host: env.COLLECTOR_HOST || '127.0.0.1',
    port: int(env.COLLECTOR_PORT, 8787),
    allowedOrigins: env.COLLECTOR_ORIGINS ? env.COLLECTOR_ORIGINS.split(',').map((s) => s.trim()) : DEFAULT_ORIGINS,
    requestsPerMinute: int(env.COLLECTOR_RATE_PER_MINUTE, 600),
    enrollPerMinute: int(env.COLLECTOR_ENROLL_PER_MINUTE, 10),
    limits: {
      ...DEFAULT_LIMITS,
      requestTimeoutMs: int(env.COLLECTOR_REQUEST_TIMEOUT_MS, DEFAULT_LIMITS.requestTimeoutMs),
      maxConnections: int(env.COLLECTOR_MAX_CONNECTIONS, DEFAULT_LIMITS.maxConnections),
      authFailuresPerMinute: int(env.COLLECTOR_AUTH_FAILURES_PER_MINUTE, DEFAULT_LIMITS.authFailuresPerMinute),
    },
  };
}
