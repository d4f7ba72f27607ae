import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { newToken } from '../auth/secrets';
import type { Database } from '../db/schema';
import { FailureCounter } from '../http/limits';
import { checkPassword } from '../staff/accounts';
import { closeSession, openSession, sameToken } from '../staff/sessions';
import { cookieOptions, ctxOf, requireStaff, SESSION_COOKIE, type Ctx } from './context';
import { html } from './html';
import { page } from './layout';
import type { StaffOptions } from './options';

// The sign-in form's token before any session exists (double-submit: cookie and field must match).
const PRE_COOKIE = 'mam_pre';

interface SignInBody {
  email?: string;
  password?: string;
  _csrf?: string;
}

function signInPage(ctx: Ctx, pre: string, message: string | null, email = ''): string {
  const { t } = ctx;
  return page(
    ctx,
    t('signIn.title'),
    html`${message ? html`<p class="error" role="alert">${message}</p>` : ''}
      <form method="post" action="/staff/sign-in">
        <input type="hidden" name="_csrf" value="${pre}" />
        <label
          >${t('signIn.email')} <input name="email" type="email" autocomplete="username" value="${email}" required
        /></label>
        <label
          >${t('signIn.password')} <input name="password" type="password" autocomplete="current-password" required
        /></label>
        <button type="submit">${t('signIn.submit')}</button>
      </form>`,
  );
}

/**
 * Sign-in and sign-out. Failed attempts are counted per address and per account; past
 * the limit the answer is 429 before any password is checked, so guessing costs time.
 */
export function registerSignIn(app: FastifyInstance, db: Kysely<Database>, opts: StaffOptions): void {
  const byAddress = new FailureCounter(opts.signInFailuresPerMinute);
  const byAccount = new FailureCounter(opts.signInFailuresPerMinute);

  const show = (req: FastifyRequest, reply: FastifyReply, status: number, message: string | null, email = '') => {
    const pre = newToken();
    void reply.setCookie(PRE_COOKIE, pre, { ...cookieOptions(opts), maxAge: 3600 });
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(signInPage(ctxOf(req), pre, message, email));
  };

  app.get<{ Querystring: { expired?: string } }>('/staff/sign-in', async (req, reply) =>
    show(req, reply, 200, req.query.expired ? ctxOf(req).t('signIn.expired') : null),
  );

  app.post<{ Body: SignInBody }>('/staff/sign-in', { bodyLimit: 4096 }, async (req, reply) => {
    const { t } = ctxOf(req);
    const pre = req.cookies[PRE_COOKIE];
    if (!pre || !sameToken(req.body?._csrf, pre)) return show(req, reply, 403, t('error.csrf'));
    const email = String(req.body.email ?? '')
      .trim()
      .toLowerCase()
      .slice(0, 254);
    if (byAddress.blocked(req.ip) || byAccount.blocked(email)) return show(req, reply, 429, t('signIn.tooMany'), email);
    const staff = await checkPassword(db, email, String(req.body.password ?? ''));
    if (!staff) {
      byAddress.fail(req.ip);
      byAccount.fail(email);
      return show(req, reply, 401, t('signIn.wrong'), email);
    }
    const token = await openSession(db, staff.id);
    void reply.clearCookie(PRE_COOKIE, cookieOptions(opts));
    void reply.setCookie(SESSION_COOKIE, token, cookieOptions(opts));
    return reply.redirect('/staff/screenings', 303);
  });

  app.post('/staff/sign-out', { preHandler: requireStaff(db, opts) }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await closeSession(db, token);
    void reply.clearCookie(SESSION_COOKIE, cookieOptions(opts));
    return reply.redirect('/staff/sign-in', 303);
  });
}
