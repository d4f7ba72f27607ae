import type { FastifyHttpOptions, FastifyInstance } from 'fastify';
import type { Server } from 'node:http';

/**
 * What one connection may cost the collector. A kiosk's request is small and quick (it
 * gives up itself after 30 s), so a client that trickles its headers or body, or opens
 * connections and says nothing, is cut off instead of holding a socket for ever.
 */
export interface ServerLimits {
  /** The whole request, headers and body, must arrive within this. */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  /** A socket with no traffic at all is closed after this. */
  idleTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
  /** Requests with an unknown or revoked token, per address per minute, before 429. */
  authFailuresPerMinute: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  requestTimeoutMs: 60_000,
  headersTimeoutMs: 10_000,
  idleTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 500,
  authFailuresPerMinute: 30,
};

/** Fastify's server options for these limits (Node checks the timeouts at an interval, so that is set too). */
export function serverOptions(l: ServerLimits): FastifyHttpOptions<Server> {
  return {
    requestTimeout: l.requestTimeoutMs,
    connectionTimeout: l.idleTimeoutMs,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    http: {
      headersTimeout: Math.min(l.headersTimeoutMs, l.requestTimeoutMs),
      requestTimeout: l.requestTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(l.headersTimeoutMs, l.requestTimeoutMs) / 4),
    },
  };
}

export function capConnections(app: FastifyInstance, l: ServerLimits): void {
  app.server.maxConnections = l.maxConnections;
}

/**
 * Failures per key in fixed one-minute windows, in memory (one collector process). A
 * blocked address is answered before any database lookup.
 */
export class FailureCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs = 60_000,
  ) {}

  blocked(key: string, now = Date.now()): boolean {
    const w = this.windows.get(key);
    return w !== undefined && w.resetAt > now && w.count >= this.max;
  }

  fail(key: string, now = Date.now()): void {
    const w = this.windows.get(key);
    if (w && w.resetAt > now) w.count += 1;
    else this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
    if (this.windows.size > 10_000) this.prune(now);
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}
