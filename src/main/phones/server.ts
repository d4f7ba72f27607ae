import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { FailureCounter } from '../../../server/src/http/limits';
import {
  PHONE_LIMITS,
  phonePledgeBody,
  phoneQuestionBody,
  phoneVoteBody,
  type ApprovedQuestion,
  type PhoneEntry,
} from '../../shared/phone-entry';
import { checkEntry } from './entry-check';
import { deadPage } from './dead-page';
import type { PhonePage } from './phone-page';
import { registerPollRoutes, type PollHub } from './poll-routes';
import { registerProbes } from './probes';
import { registerVoiceRoute } from './voice-route';
import type { VoiceStore } from './voice-store';

/** What the HTTP layer asks of the phone access it serves (see access.ts). */
export interface PhoneHub extends PollHub {
  /** The screening a token opens, or null for a dead, rotated or guessed one. */
  screeningFor(token: string): string | null;
  approved(): ApprovedQuestion[];
  /** Journals the entry, then waits a moment for the console's ack. */
  receive(entry: PhoneEntry): Promise<'saved' | 'queued' | 'already'>;
  isApproved(questionId: string): boolean;
  /** Where spoken questions' recordings are kept until the console has stored them. */
  voice: VoiceStore;
}

// The phone page's own policy: its scripts and styles only, and calls to this server.
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The phone server's HTTP routes: the phone page, its assets, the approved questions and
 * three sends (question, pledge, vote), all behind the screening's token; the OS
 * connectivity probes. Nothing else is reachable, and no error shows a stack trace.
 */
export async function buildPhoneServer(
  hub: PhoneHub,
  page: PhonePage,
  perAddress: number = PHONE_LIMITS.requestsPerAddressPerMinute,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: PHONE_LIMITS.bodyBytes,
    trustProxy: false,
    requestTimeout: 30_000,
    connectionTimeout: 30_000,
  });
  app.server.maxConnections = 1000;
  const wrongTokens = new FailureCounter(PHONE_LIMITS.wrongTokensPerMinute);
  const sends = new FailureCounter(PHONE_LIMITS.sendsPerPhonePerMinute);
  app.setErrorHandler((err: { statusCode?: number }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    const error =
      status === 413 ? 'too_large' : status === 429 ? 'too_many' : status === 500 ? 'server' : 'bad_request';
    void reply.code(status).type('application/json').send({ error });
  });
  app.setNotFoundHandler((_req, reply) => deadReply(reply, 404));
  await app.register(rateLimit, {
    max: perAddress,
    timeWindow: 60_000,
    keyGenerator: (req) => req.ip,
  });
  registerProbes(app);

  function deadReply(reply: FastifyReply, status: number) {
    return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(deadPage());
  }

  /** The screening of the request's token, or a reply already sent. */
  function screening(req: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply, json: boolean) {
    if (wrongTokens.blocked(req.ip)) {
      void reply.code(429).send({ error: 'too_many' });
      return null;
    }
    const id = hub.screeningFor(req.params.token);
    if (!id) {
      wrongTokens.fail(req.ip);
      if (json) void reply.code(410).send({ error: 'dead_link' });
      else void deadReply(reply, 410);
    }
    return id;
  }

  app.get<{ Params: { name: string } }>('/assets/:name', async (req, reply) => {
    const asset = page.assets.get(req.params.name);
    if (!asset) return deadReply(reply, 404);
    return reply.type(asset.type).header('cache-control', 'public, max-age=86400').send(asset.bytes);
  });
  app.get<{ Params: { token: string } }>('/:token', async (req, reply) => {
    if (!screening(req, reply, false)) return reply;
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', PAGE_CSP)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(page.html);
  });
  app.get<{ Params: { token: string } }>('/:token/api/questions', async (req, reply) => {
    if (!screening(req, reply, true)) return reply;
    return reply.header('cache-control', 'no-store').send({ questions: hub.approved() });
  });

  function send<S extends z.ZodType<PhoneEntry['body']>>(path: string, kind: PhoneEntry['kind'], schema: S) {
    app.post<{ Params: { token: string } }>(`/:token/api/${path}`, async (req, reply) => {
      const screeningId = screening(req, reply, true);
      if (!screeningId) return reply;
      const parsed = schema.safeParse(req.body);
      if (!parsed.success) return reply.code(400).send({ error: 'bad_request' });
      const body = parsed.data;
      if (sends.blocked(body.phoneId)) return reply.code(429).send({ error: 'too_many' });
      const problem = checkEntry(kind, body);
      if (problem) return reply.code(400).send({ error: problem });
      if (kind === 'vote' && !hub.isApproved((body as { questionId: string }).questionId))
        return reply.code(409).send({ error: 'not_approved' });
      sends.fail(body.phoneId);
      const entry = { kind, screeningId, at: new Date().toISOString(), body } as PhoneEntry;
      const status = await hub.receive(entry);
      return reply.code(status === 'queued' ? 202 : 200).send({ status });
    });
  }
  send('questions', 'question', phoneQuestionBody);
  send('pledges', 'pledge', phonePledgeBody);
  send('votes', 'vote', phoneVoteBody);
  await registerVoiceRoute(app, { hub, sends, screening });
  registerPollRoutes(app, hub, screening, sends);
  return app;
}
