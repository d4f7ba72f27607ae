import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { SYNC_LIMITS } from '../../../src/shared/sync-protocol';
import { sha256 } from '../auth/secrets';
import type { Database } from '../db/schema';
import { bearer } from './auth';
import { installErrorHandlers } from './errors';
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
  logger?: boolean;
}

/** The collector's HTTP service; `listen` is left to the caller (CLI or tests). */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: SYNC_LIMITS.maxBodyBytes,
    // Never trust a client-chosen id in logs; the proxy headers of a LAN are not trusted either.
    trustProxy: false,
  });
  useZodValidation(app);
  installErrorHandlers(app);
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
  registerRoutes(app, opts.db, opts.enrollPerMinute);
  return app;
}
