import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { registerAuditPage } from './audit-page';
import { LANG_COOKIE } from './context';
import { ExportJobs } from './export-jobs';
import { registerExportProgress } from './export-progress';
import { registerExports } from './exports';
import { registerKiosks } from './kiosks';
import { CSP, STYLE } from './layout';
import type { StaffOptions } from './options';
import { registerScreenings } from './screenings';
import { registerSignIn } from './sign-in';

/**
 * The staff dashboard under /staff, in its own Fastify scope: cookies and form bodies
 * are understood here only, so the device API (/v1, bearer tokens) gains no new way in.
 */
export function registerDashboard(app: FastifyInstance, db: Kysely<Database>, opts: StaffOptions): void {
  void app.register(async (scope) => {
    await scope.register(cookie);
    await scope.register(formbody, { bodyLimit: 8192 });
    scope.addHook('onSend', async (_req, reply) => {
      void reply.header('content-security-policy', CSP);
      void reply.header('x-content-type-options', 'nosniff');
      void reply.header('referrer-policy', 'no-referrer');
      void reply.header('x-frame-options', 'DENY');
      if (opts.secureCookies) void reply.header('strict-transport-security', 'max-age=31536000');
    });
    scope.get('/', async (_req, reply) => reply.redirect('/staff/screenings', 303));
    scope.get('/staff', async (_req, reply) => reply.redirect('/staff/screenings', 303));
    scope.get('/staff/style.css', async (_req, reply) => reply.type('text/css; charset=utf-8').send(STYLE));
    scope.get<{ Params: { lang: string }; Querystring: { back?: string } }>('/staff/lang/:lang', async (req, reply) => {
      const lang = req.params.lang === 'fr' ? 'fr' : 'en';
      const back = backPath(req.query.back);
      void reply.setCookie(LANG_COOKIE, lang, {
        path: '/staff',
        sameSite: 'strict',
        httpOnly: true,
        maxAge: 365 * 86400,
      });
      return reply.redirect(back, 303);
    });
    registerSignIn(scope, db, opts);
    registerKiosks(scope, db, opts);
    registerScreenings(scope, db, opts);
    const jobs = new ExportJobs();
    registerExports(scope, db, opts, jobs);
    registerExportProgress(scope, db, opts, jobs);
    registerAuditPage(scope, db, opts);
  });
}

/**
 * Where a language switch returns: a page of this dashboard with its query (the filter
 * stays), never another site — the path is re-read through URL and checked.
 */
export function backPath(back: string | undefined): string {
  const fallback = '/staff/screenings';
  if (!back?.startsWith('/staff/')) return fallback;
  let url: URL;
  try {
    url = new URL(back, 'http://collector.invalid');
  } catch {
    return fallback;
  }
  const path = url.pathname;
  if (url.origin !== 'http://collector.invalid' || path.includes('//') || !/^\/staff\/[A-Za-z0-9/_.%-]*$/.test(path))
    return fallback;
  return path + url.search;
}
