import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import type { FailureCounter } from '../../../server/src/http/limits';
import { PHONE_LIMITS, phoneVoiceQuery, type PhoneEntry } from '../../shared/phone-entry';
import type { PhoneHub } from './server';
import type { VoiceProblem } from './voice-store';

type Req = FastifyRequest<{ Params: { token: string }; Querystring: Record<string, string> }>;

export interface VoiceRouteDeps {
  hub: PhoneHub;
  sends: FailureCounter;
  /** The screening of the request's token, or null with the refusal already sent. */
  screening(req: Req, reply: FastifyReply, json: boolean): string | null;
  limit?: number;
}

const LINGER_MS = 5000;
const STATUS: Record<VoiceProblem, number> = { too_large: 413, not_audio: 415, empty: 400, cut: 400 };

/**
 * `POST /<token>/api/voice?id=…&phoneId=…&language=…` with the recording as the body (the
 * phone's file, as its recorder made it). Everything that can be refused before a byte is
 * read is refused in onRequest: the token, the ids, the phone's allowance, and a declared
 * size over the limit (a 200 MB file is turned away on its Content-Length). The body is
 * then counted and sniffed as it streams (voice-store.ts), and the entry journaled like a
 * typed question: the same id sent again is applied once.
 */
export async function registerVoiceRoute(app: FastifyInstance, d: VoiceRouteDeps): Promise<void> {
  const limit = d.limit ?? PHONE_LIMITS.voiceBytes;
  const refuse = (reply: FastifyReply, error: string, status: number) => {
    // The rest of a refused upload is read and thrown away (closing at once would reset
    // the connection, and the phone would lose the answer with it), for a few seconds at
    // most: a 200 MB file is never read to its end.
    const req = reply.request.raw;
    reply.raw.once('finish', () => {
      if (req.complete) return;
      const cut = setTimeout(() => req.socket?.destroy(), LINGER_MS).unref();
      req.once('end', () => clearTimeout(cut));
    });
    return reply.code(status).send({ error });
  };

  await app.register(async (scope) => {
    // This scope takes any body as a stream: the bytes, not the claimed type, decide.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, payload, done) => done(null, payload));
    scope.post<{ Params: { token: string }; Querystring: Record<string, string> }>(
      '/:token/api/voice',
      {
        onRequest: async (req: Req, reply) => {
          if (!d.screening(req, reply, true)) return reply;
          const q = phoneVoiceQuery.safeParse(req.query);
          if (!q.success) return refuse(reply, 'bad_request', 400);
          if (d.sends.blocked(q.data.phoneId)) return refuse(reply, 'too_many', 429);
          if (Number(req.headers['content-length'] ?? 0) > limit) return refuse(reply, 'too_large', 413);
        },
      },
      async (req, reply) => {
        const screeningId = d.hub.screeningFor(req.params.token);
        const q = phoneVoiceQuery.safeParse(req.query);
        if (!screeningId || !q.success) return refuse(reply, 'bad_request', 400);
        const body = req.body as Readable | undefined;
        if (!body || typeof body.on !== 'function') return refuse(reply, 'empty', 400);
        const kept = await d.hub.voice.keep(q.data.id, body, limit);
        if (!kept.ok) return refuse(reply, kept.error, STATUS[kept.error]);
        d.sends.fail(q.data.phoneId);
        const { mime, size, sha256 } = kept;
        const entry: PhoneEntry = {
          kind: 'voice',
          screeningId,
          at: new Date().toISOString(),
          body: { ...q.data, audio: { mime, size, sha256 } },
        };
        const status = await d.hub.receive(entry);
        return reply.code(status === 'queued' ? 202 : 200).send({ status });
      },
    );
  });
}
