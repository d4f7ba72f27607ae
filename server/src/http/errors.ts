import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { CollectorErrorCode } from '../../../src/shared/sync-protocol';
import { ForeignRecordError } from '../sync/apply';
import { SequenceGapError } from '../sync/sequence-gap';

/** Every refusal has the same shape: a stable code for the kiosk and a sentence for people. */
export function sendError(reply: FastifyReply, status: number, error: CollectorErrorCode, message: string) {
  return reply.code(status).type('application/json').send({ error, message });
}

const FASTIFY_CODES: Record<string, [number, CollectorErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large', 'The request body is larger than the collector accepts.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'invalid_request', 'This content type is not accepted here.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_request', 'The JSON body is empty.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_request', 'The body is not valid JSON.'],
};

/**
 * Bad input always gets a 4xx with a clear body; only a fault of the collector itself
 * answers 500 (and is logged), never something a client sent.
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof ForeignRecordError) return sendError(reply, 403, 'forbidden_record', err.message);
    if (err instanceof SequenceGapError) {
      return reply.code(409).send({ error: 'sequence_gap', message: err.message, lastSeq: err.lastSeq });
    }
    if (err.validation || err.code === 'FST_ERR_VALIDATION') {
      return sendError(reply, 400, 'invalid_request', err.message);
    }
    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (known) return sendError(reply, known[0], known[1], known[2]);
    const status = err.statusCode ?? 500;
    if (status === 429) return sendError(reply, 429, 'rate_limited', 'Too many requests: wait a moment and retry.');
    if (status >= 400 && status < 500) return sendError(reply, status, 'invalid_request', err.message);
    req.log.error(err);
    return sendError(reply, 500, 'internal', 'The collector failed; the kiosk keeps its data and will retry.');
  });
  app.setNotFoundHandler((_req, reply) => sendError(reply, 404, 'not_found', 'No such route on this collector.'));
}
