import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  batchRequestSchema,
  enrollRequestSchema,
  sha256Hex,
  SYNC_LIMITS,
  type BatchRequest,
  type EnrollRequest,
} from '../../../src/shared/sync-protocol';
import { enroll } from '../auth/devices';
import type { Database } from '../db/schema';
import { applyChanges } from '../sync/apply';
import { putBlob } from '../sync/blobs';
import { validateChange, type ValidChange } from '../sync/payloads';
import { requireDevice } from './auth';
import { sendError } from './errors';
import type { FailureCounter } from './limits';

const AUDIO_TYPES = /^(audio\/[a-z0-9.+-]+|application\/octet-stream)(;.*)?$/i;

/** A batch of a million records is refused by its count before anything parses each one. */
function tooManyChanges(req: FastifyRequest): boolean {
  const body = req.body as { changes?: unknown } | null;
  return Array.isArray(body?.changes) && body.changes.length > SYNC_LIMITS.maxChanges;
}

const ENROLL_REFUSED = {
  invalid_code: 'This enrollment code is unknown, expired, already used or made for another kiosk.',
  kiosk_enrolled: 'This kiosk is already enrolled here: staff must make a code for it (enroll-code --for-kiosk).',
} as const;

export function registerRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  enrollPerMinute: number,
  authFailures: FailureCounter,
): void {
  const auth = requireDevice(db, authFailures);
  // Guesses are counted per address whatever token they carry: a made-up bearer is no way around it.
  const enrollLimit = { max: enrollPerMinute, timeWindow: 60_000, keyGenerator: (r: FastifyRequest) => r.ip };

  app.post<{ Body: EnrollRequest }>(
    '/v1/enroll',
    { schema: { body: enrollRequestSchema }, config: { rateLimit: enrollLimit } },
    async (req, reply) => {
      const got = await enroll(db, req.body.code, req.body.kioskId, req.body.label);
      if (typeof got === 'string') return sendError(reply, 403, got, ENROLL_REFUSED[got]);
      return reply.code(201).send(got);
    },
  );

  app.get('/v1/state', { onRequest: auth }, async (req) => {
    const row = await db
      .selectFrom('devices')
      .select('last_seq')
      .where('id', '=', req.device!.id)
      .executeTakeFirstOrThrow();
    return { deviceId: req.device!.id, lastSeq: Number(row.last_seq), serverTime: new Date().toISOString() };
  });

  app.post<{ Body: BatchRequest }>(
    '/v1/batches',
    {
      preValidation: async (req, reply) => {
        if (tooManyChanges(req)) {
          return sendError(reply, 413, 'body_too_large', `At most ${SYNC_LIMITS.maxChanges} changes per batch.`);
        }
      },
      onRequest: auth,
      schema: { body: batchRequestSchema },
    },
    async (req, reply) => {
      const receivedAt = Date.now();
      const valid: ValidChange[] = [];
      for (const [i, change] of req.body.changes.entries()) {
        const v = validateChange(change);
        if (!v.ok) return sendError(reply, 400, 'invalid_request', `changes.${i}: ${v.reason}`);
        valid.push(v.change);
      }
      const clockOffsetMs = Date.parse(req.body.deviceTime) - receivedAt;
      const result = await applyChanges(db, req.device!, {
        changes: valid,
        source: 'network',
        deviceTime: req.body.deviceTime,
        clockOffsetMs,
        follows: req.body.follows,
      });
      return { ...result, serverTime: new Date().toISOString(), clockOffsetMs };
    },
  );

  app.put<{ Params: { hash: string }; Body: Buffer }>(
    '/v1/blobs/:hash',
    {
      onRequest: auth,
      bodyLimit: SYNC_LIMITS.maxBlobBytes,
      schema: { params: z.strictObject({ hash: sha256Hex }) },
    },
    async (req, reply) => {
      const mime = (req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!.slice(0, 100);
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        return sendError(reply, 400, 'invalid_request', 'The audio body is empty.');
      }
      const r = await putBlob(db, req.device!.id, req.params.hash, mime, req.body);
      if (r === 'hash_mismatch') {
        return sendError(reply, 400, 'hash_mismatch', 'The audio does not match its sha-256: it was not stored.');
      }
      return reply.code(r === 'stored' ? 201 : 200).send({ hash: req.params.hash, stored: r });
    },
  );
}

export function registerAudioParser(app: FastifyInstance): void {
  app.addContentTypeParser(AUDIO_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
}
