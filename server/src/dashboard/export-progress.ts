import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ctxOf, requireStaff } from './context';
import type { ExportJobs } from './export-jobs';
import { sendExport } from './exports';
import { html } from './html';
import { page } from './layout';
import type { StaffOptions } from './options';

/** Seconds between two looks at a running export (the page reloads itself: no script runs here). */
const REFRESH_S = 1;

/**
 * A large export's page: how many screenings are done, refreshed every second, then the
 * download. Only the member of staff who started it sees it or its file.
 */
export function registerExportProgress(
  app: FastifyInstance,
  db: Kysely<Database>,
  opts: StaffOptions,
  jobs: ExportJobs,
): void {
  app.get<{ Params: { id: string } }>(
    '/staff/exports/:id',
    { preHandler: requireStaff(db, opts) },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { t } = ctx;
      const job = jobs.get(req.params.id, req.staffSession!.staff.id);
      reply.type('text/html; charset=utf-8');
      if (!job) return reply.code(404).send(page(ctx, t('export.gone'), html``));
      const fmt = job.fmt.toUpperCase();
      const state =
        job.state === 'ready'
          ? html`<p class="notice" role="status">${t('export.ready', { fmt })}</p>
              <p><a class="export" href="/staff/exports/${job.id}/file">${t('export.download', { fmt })}</a></p>`
          : job.state === 'failed'
            ? html`<p class="error" role="alert">${t('export.failed')}</p>`
            : html`<p role="status" data-testid="export-progress">
                  ${t('export.progress', { done: job.done.toLocaleString(ctx.lang), total: job.total.toLocaleString(ctx.lang) })}
                </p>
                <progress max="${job.total}" value="${job.done}">
                  ${Math.floor((100 * job.done) / job.total)} %
                </progress>
                <p>${t('export.wait')}</p>`;
      const back = html`<p><a href="/staff/screenings">${t('nav.screenings')}</a></p>`;
      const refresh = job.state === 'running' ? REFRESH_S : undefined;
      return reply.send(page(ctx, t('export.preparing', { fmt }), html`${state}${back}`, refresh));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/staff/exports/:id/file',
    { preHandler: requireStaff(db, opts) },
    async (req, reply) => {
      const job = jobs.get(req.params.id, req.staffSession!.staff.id);
      if (!job?.body) return reply.code(404).type('text/plain; charset=utf-8').send(ctxOf(req).t('export.gone'));
      return sendExport(reply, job.fmt, job.body, job.name);
    },
  );
}
