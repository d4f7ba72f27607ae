import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { createEnrollmentCode, deviceById, listDevices, revokeDevice } from '../auth/devices';
import type { Database } from '../db/schema';
import { ctxOf, requireStaff, type Ctx } from './context';
import { html, type Html } from './html';
import { page } from './layout';
import type { StaffOptions } from './options';

const codeForm = z.object({ label: z.string().trim().min(1).max(60), hours: z.coerce.number().int().min(1).max(720) });

async function kioskRows(db: Kysely<Database>) {
  const devices = await listDevices(db);
  const changes = await db
    .selectFrom('sync_log')
    .select(['device_id', (eb) => eb.fn.sum<number>('changes').as('n')])
    .groupBy('device_id')
    .execute();
  return devices.map((d) => ({ ...d, changes: Number(changes.find((c) => c.device_id === d.id)?.n ?? 0) }));
}

const offsetText = (ms: number | null) => (ms === null ? '' : `${(Number(ms) / 1000).toFixed(1)} s`);

async function kiosksPage(db: Kysely<Database>, ctx: Ctx, notice: Html | string = ''): Promise<string> {
  const { t, session } = ctx;
  const admin = session?.staff.role === 'admin';
  const rows = await kioskRows(db);
  const table = rows.length
    ? html`<table>
        <thead>
          <tr>
            <th>${t('kiosks.label')}</th>
            <th>${t('kiosks.kiosk')}</th>
            <th>${t('kiosks.lastSync')}</th>
            <th>${t('kiosks.lastSeq')}</th>
            <th>${t('kiosks.offset')}</th>
            <th>${t('kiosks.changes')}</th>
            <th>${t('kiosks.status')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (d) =>
              html`<tr data-device="${d.id}">
                <td>${d.label}</td>
                <td>${d.kiosk_id}</td>
                <td>${d.last_sync_at ?? t('kiosks.never')}</td>
                <td>${Number(d.last_seq)}</td>
                <td>${offsetText(d.clock_offset_ms)}</td>
                <td>${d.changes}</td>
                <td>
                  ${
                    d.revoked_at
                      ? t('kiosks.revoked', { at: d.revoked_at })
                      : html`${t('kiosks.active')}
                        ${
                          admin
                            ? html`<form method="post" action="/staff/kiosks/${encodeURIComponent(d.id)}/revoke">
                                <input type="hidden" name="_csrf" value="${session.csrf}" />
                                <button type="submit">${t('kiosks.revoke')}</button>
                              </form>`
                            : ''
                        }`
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`
    : html`<p>${t('kiosks.none')}</p>`;
  const form = admin
    ? html`<h2>${t('kiosks.newCode')}</h2>
        <form method="post" action="/staff/kiosks/codes" class="filters">
          <input type="hidden" name="_csrf" value="${session.csrf}" />
          <label>${t('kiosks.codeLabel')} <input name="label" maxlength="60" required /></label>
          <label
            >${t('kiosks.codeHours')} <input name="hours" type="number" min="1" max="720" value="72" required
          /></label>
          <button type="submit">${t('kiosks.create')}</button>
        </form>`
    : '';
  return page(ctx, t('nav.kiosks'), html`${notice}${table}${form}`);
}

/** Kiosks: every analyst sees them; only an admin makes codes and revokes. */
export function registerKiosks(app: FastifyInstance, db: Kysely<Database>, opts: StaffOptions): void {
  const signedIn = requireStaff(db, opts);
  const admin = requireStaff(db, opts, 'admin');

  app.get('/staff/kiosks', { preHandler: signedIn }, async (req, reply) =>
    reply.type('text/html; charset=utf-8').send(await kiosksPage(db, ctxOf(req))),
  );

  app.post('/staff/kiosks/codes', { preHandler: admin, bodyLimit: 4096 }, async (req, reply) => {
    const ctx = ctxOf(req);
    const form = codeForm.safeParse(req.body);
    reply.type('text/html; charset=utf-8');
    if (!form.success) {
      return reply
        .code(400)
        .send(await kiosksPage(db, ctx, html`<p class="error" role="alert">${ctx.t('kiosks.badCode')}</p>`));
    }
    const code = await createEnrollmentCode(db, form.data.label, form.data.hours);
    const expires = new Date(Date.now() + form.data.hours * 3600_000).toISOString();
    const shown = html`<section aria-label="${ctx.t('kiosks.codeShown')}">
      <h2>${ctx.t('kiosks.codeShown')} · ${form.data.label}</h2>
      <p class="code" data-testid="enrollment-code">${code}</p>
      <p>${ctx.t('kiosks.codeExpires', { at: expires })}</p>
    </section>`;
    return reply.code(201).send(await kiosksPage(db, ctx, shown));
  });

  app.post<{ Params: { id: string } }>(
    '/staff/kiosks/:id/revoke',
    { preHandler: admin, bodyLimit: 4096 },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const device = await deviceById(db, req.params.id);
      reply.type('text/html; charset=utf-8');
      if (!device || !(await revokeDevice(db, device.id)))
        return reply.code(404).send(page(ctx, ctx.t('error.notFound'), html``));
      const done = html`<p class="notice" role="status">${ctx.t('kiosks.revokedDone', { label: device.label })}</p>`;
      return reply.send(await kiosksPage(db, ctx, done));
    },
  );
}
