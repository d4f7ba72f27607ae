import type { FastifyInstance } from 'fastify';
import { BODY_BOUNDS, jsonBoundsProblem } from '../sync/json-bounds';
import { sendError } from './errors';

/** Every parsed JSON body is measured (iteratively) before validation or anything else walks it. */
export function boundJsonBodies(app: FastifyInstance): void {
  app.addHook('preValidation', async (req, reply) => {
    if (req.body === null || typeof req.body !== 'object' || Buffer.isBuffer(req.body)) return;
    const problem = jsonBoundsProblem(req.body, BODY_BOUNDS);
    if (problem) return sendError(reply, 400, 'invalid_request', `The request body was refused: ${problem}.`);
  });
}
