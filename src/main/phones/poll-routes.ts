import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FailureCounter } from '../../../server/src/http/limits';
import { phonePollAnswerBody, type PhoneEntry } from '../../shared/phone-entry';
import type { PhonePoll } from '../../shared/phone-poll';

/** What the poll routes ask of phone access (access.ts), beside what every send needs. */
export interface PollHub {
  /** The poll open now, as the console published it; null when none is. */
  openPoll(): PhonePoll | null;
  receive(entry: PhoneEntry): Promise<'saved' | 'queued' | 'already'>;
}

type TokenReq = FastifyRequest<{ Params: { token: string } }>;
/** The screening a request's token opens, or null with the refusal already sent (server.ts). */
export type ScreeningOf = (req: TokenReq, reply: FastifyReply, json: boolean) => string | null;

/**
 * The open poll for phones and their answers, behind the screening's token. An answer is
 * taken only for the poll open now in this screening (a closed poll, another screening's
 * or a made-up one gets `poll_closed`, which the phone says plainly), with one of its
 * options; then journaled like any phone entry. One answer per phone per poll: access.ts
 * answers `already` to a second one, and the data module keys it by phone and poll.
 */
export function registerPollRoutes(
  app: FastifyInstance,
  hub: PollHub,
  screening: ScreeningOf,
  sends: FailureCounter,
): void {
  const pollOf = (screeningId: string) => {
    const poll = hub.openPoll();
    return poll && poll.screeningId === screeningId ? poll : null;
  };
  app.get<{ Params: { token: string } }>('/:token/api/poll', async (req, reply) => {
    const screeningId = screening(req, reply, true);
    if (!screeningId) return reply;
    return reply.header('cache-control', 'no-store').send({ poll: pollOf(screeningId) });
  });
  app.post<{ Params: { token: string } }>('/:token/api/poll-answers', async (req, reply) => {
    const screeningId = screening(req, reply, true);
    if (!screeningId) return reply;
    const parsed = phonePollAnswerBody.safeParse(req.body);
    if (!parsed.success) return reply.code(400).send({ error: 'bad_request' });
    const body = parsed.data;
    if (sends.blocked(body.phoneId)) return reply.code(429).send({ error: 'too_many' });
    const poll = pollOf(screeningId);
    if (!poll || poll.id !== body.pollId) return reply.code(409).send({ error: 'poll_closed' });
    if (!poll.options.some((o) => o.id === body.optionId)) return reply.code(400).send({ error: 'unknown_option' });
    sends.fail(body.phoneId);
    const status = await hub.receive({ kind: 'pollAnswer', screeningId, at: new Date().toISOString(), body });
    return reply.code(status === 'queued' ? 202 : 200).send({ status });
  });
}
