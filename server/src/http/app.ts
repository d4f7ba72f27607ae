import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { SYNC_LIMITS } from '../../../src/shared/sync-protocol';
import { sha256 } from '../auth/secrets';
import type { Database } from '../db/schema';
import { DEFAULT_STAFF_OPTIONS, type StaffOptions } from '../dashboard/options';
import { registerDashboard } from '../dashboard/plugin';
import { bearer } from './auth';
import { boundJsonBodies } from './json-body';
import { installErrorHandlers } from './errors';
import { registerHealth } from './health';
import { capConnections, DEFAULT_LIMITS, FailureCounter, serverOptions, type ServerLimits } from './limits';
import { originAllowed } from './origins';
import { registerAudioParser, registerRoutes } from './routes';
import { useZodValidation } from './validate';

export interface AppOptions {
  db: Kysely<Database>;
  /** Origins a kiosk page may call from (`kiosk://app`, `http://127.0.0.1:*`, …). */
  allowedOrigins: string[];
  /** Requests per minute per device token (or per address without one). */
  requestsPerMinute: number;
  enrollPerMinute: number;
  /** Timeouts, connection cap and failed-token limit; the defaults suit a real collector. */
  limits?: Partial<ServerLimits>;
  logger?: boolean;
  /** The staff dashboard's sessions and sign-in limits. */
  staff?: Partial<StaffOptions>;
}

/** The collector's HTTP service; `listen` is left to the caller (CLI or tests). */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const app = Fastify({
    ...serverOptions(limits),
    logger: opts.logger ?? false,
    bodyLimit: SYNC_LIMITS.maxBodyBytes,
    // Never trust a client-chosen id in logs; the proxy headers of a LAN are not trusted either.
    trustProxy: false,
  });
  capConnections(app, limits);
  useZodValidation(app);
  installErrorHandlers(app);
  boundJsonBodies(app);
  registerAudioParser(app);
  // Bearer tokens, never cookies: a page on another origin gains nothing by calling here,
  // so the allowlist keeps out strangers' pages without credentials being involved.
  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin === undefined || originAllowed(origin, opts.allowedOrigins)),
    methods: ['GET', 'POST', 'PUT'],
    allowedHeaders: ['authorization', 'content-type'],
    credentials: false,
    maxAge: 600,
  });
  await app.register(rateLimit, {
    max: opts.requestsPerMinute,
    timeWindow: 60_000,
    keyGenerator: (req) => {
      const token = bearer(req);
      return token ? `t:${sha256(token).slice(0, 24)}` : `ip:${req.ip}`;
    },
  });
  registerRoutes(app, opts.db, opts.enrollPerMinute, new FailureCounter(limits.authFailuresPerMinute));
  registerHealth(app, opts.db);
  registerDashboard(app, opts.db, { ...DEFAULT_STAFF_OPTIONS, ...opts.staff });
  return app;
}
