import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { deviceByToken, type Device } from '../auth/devices';
import type { Database } from '../db/schema';
import { sendError } from './errors';
import type { FailureCounter } from './limits';

declare module 'fastify' {
  interface FastifyRequest {
    device?: Device;
  }
}

/** Reads `Authorization: Bearer <token>`; tokens are only ever compared by their hash. */
export function bearer(req: FastifyRequest): string | null {
  const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(req.headers.authorization ?? '');
  return m?.[1] ?? null;
}

/**
 * onRequest hook (before any body is read) for every device route: no token, an unknown
 * one or a revoked one is refused. An address that keeps presenting bad tokens is told
 * to wait (429) without a database lookup, so guessing tokens costs the guesser.
 */
export function requireDevice(db: Kysely<Database>, failures: FailureCounter) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const token = bearer(req);
    if (!token) return sendError(reply, 401, 'unauthorized', 'A device token is required (enroll the kiosk first).');
    if (failures.blocked(req.ip)) {
      return sendError(reply, 429, 'rate_limited', 'Too many refused tokens from this address: wait a minute.');
    }
    const device = await deviceByToken(db, token);
    if (!device || device.revoked_at) failures.fail(req.ip);
    if (!device) return sendError(reply, 401, 'unauthorized', 'This device token is not known to this collector.');
    if (device.revoked_at) {
      return sendError(reply, 401, 'token_revoked', 'This device was revoked; enroll it again with a new code.');
    }
    req.device = device;
  };
}
