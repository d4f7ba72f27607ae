import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database, StaffRole } from '../db/schema';
import { sameToken, useSession, type StaffSession } from '../staff/sessions';
import { pickLang, translator, type DashLang, type T } from './messages';
import type { StaffOptions } from './options';

export const SESSION_COOKIE = 'mam_staff';
export const LANG_COOKIE = 'mam_lang';

declare module 'fastify' {
  interface FastifyRequest {
    staffSession?: StaffSession;
  }
}

export interface Ctx {
  lang: DashLang;
  t: T;
  session: StaffSession | null;
  /** The path and query of this page, for the language links (so a switch keeps the filter). */
  path: string;
}

export function ctxOf(req: FastifyRequest): Ctx {
  const lang = pickLang(req.cookies[LANG_COOKIE], req.headers['accept-language']);
  return { lang, t: translator(lang), session: req.staffSession ?? null, path: req.url };
}

export const cookieOptions = (opts: StaffOptions) =>
  ({ path: '/staff', httpOnly: true, sameSite: 'strict', secure: opts.secureCookies }) as const;

/**
 * preHandler of every signed-in page: no valid session (none, unknown, from another
 * collector, idle too long) sends a page to sign-in and a change to 401; a change
 * (POST) must carry the session's form token, and the role must allow the route.
 */
export function requireStaff(db: Kysely<Database>, opts: StaffOptions, role?: StaffRole) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await useSession(db, token, opts.idleMs) : null;
    if (!session) {
      if (token) void reply.clearCookie(SESSION_COOKIE, cookieOptions(opts));
      if (req.method === 'GET') return reply.redirect(`/staff/sign-in${token ? '?expired=1' : ''}`, 303);
      return reply
        .code(401)
        .type('text/plain; charset=utf-8')
        .send(translator(ctxOf(req).lang)('signIn.expired'));
    }
    req.staffSession = session;
    const t = ctxOf(req).t;
    if (req.method !== 'GET' && !sameToken((req.body as { _csrf?: unknown } | null)?._csrf, session.csrf)) {
      return reply.code(403).type('text/plain; charset=utf-8').send(t('error.csrf'));
    }
    if (role && session.staff.role !== role) {
      return reply.code(403).type('text/plain; charset=utf-8').send(t('error.forbidden'));
    }
  };
}
