import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listAudit } from '../staff/audit';
import { ctxOf, requireStaff } from './context';
import { html } from './html';
import { page } from './layout';
import type { StaffOptions } from './options';

/** The audit log, readable by every member of staff: who exported contact details, when, with which filter. */
export function registerAuditPage(app: FastifyInstance, db: Kysely<Database>, opts: StaffOptions): void {
  app.get('/staff/audit', { preHandler: requireStaff(db, opts) }, async (req, reply) => {
    const { t } = ctxOf(req);
    const rows = await listAudit(db);
    const body = rows.length
      ? html`<table>
          <thead>
            <tr>
              <th>${t('audit.at')}</th>
              <th>${t('audit.who')}</th>
              <th>${t('audit.action')}</th>
              <th>${t('audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr data-audit="${r.id}">
                  <td>${r.at}</td>
                  <td>${r.staff_email}</td>
                  <td>${r.action}</td>
                  <td><code>${r.detail}</code></td>
                </tr>`,
            )}
          </tbody>
        </table>`
      : html`<p>${t('audit.none')}</p>`;
    return reply.type('text/html; charset=utf-8').send(page(ctxOf(req), t('nav.audit'), body));
  });
}
