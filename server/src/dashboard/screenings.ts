import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { projectedQuestions, screeningFigures } from '../../../src/renderer/src/features/reports/model/figures';
import type { Database } from '../db/schema';
import { listScreenings, type ScreeningRow } from '../export/screenings';
import { ctxOf, requireStaff, type Ctx } from './context';
import { applyFilter, filterQuery, NO_FILTER, parseFilter, type Filter } from './filter';
import { html, type Html } from './html';
import { indicators, indicatorsView } from './indicators';
import { page } from './layout';
import type { StaffOptions } from './options';
import { screeningRecords } from './records';

function filterForm(ctx: Ctx, f: Filter, kiosks: string[]): Html {
  const { t } = ctx;
  const text = (k: 'country' | 'region' | 'town') =>
    html`<label>${t(`filter.${k}`)} <input name="${k}" value="${f[k]}" maxlength="100" /></label>`;
  return html`<form method="get" action="/staff/screenings" class="filters">
    ${text('country')} ${text('region')} ${text('town')}
    <label
      >${t('filter.kiosk')}
      <select name="kiosk" aria-label="${t('filter.kiosk')}">
        <option value="">${t('filter.any')}</option>
        ${kiosks.map((k) => html`<option value="${k}" ${k === f.kiosk ? html`selected` : ''}>${k}</option>`)}
      </select></label
    >
    <label>${t('filter.from')} <input name="from" type="date" value="${f.from}" /></label>
    <label>${t('filter.to')} <input name="to" type="date" value="${f.to}" /></label>
    <button type="submit">${t('filter.apply')}</button>
  </form>`;
}

function exportForms(ctx: Ctx, f: Filter): Html {
  const { t, session } = ctx;
  const hidden = Object.entries(f).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`);
  const formats = ['csv', 'xlsx', 'json'] as const;
  return html`<section>
    <h2>${t('export.title')}</h2>
    ${formats.map((fmt) => html`<a class="export" href="/staff/export.${fmt}?${filterQuery(f)}">${fmt.toUpperCase()}</a> `)}
    ${
      session?.staff.role === 'admin'
        ? html`<form method="post" action="/staff/export-contacts" class="filters">
            <input type="hidden" name="_csrf" value="${session.csrf}" />${hidden}
            <select name="format" aria-label="${t('export.contacts')}">
              ${formats.map((fmt) => html`<option value="${fmt}">${fmt.toUpperCase()}</option>`)}
            </select>
            <button type="submit">${t('export.contacts')}</button>
          </form>`
        : ''
    }
  </section>`;
}

function table(ctx: Ctx, rows: readonly ScreeningRow[]): Html {
  const { t } = ctx;
  if (!rows.length) return html`<p>${t('col.none')}</p>`;
  return html`<table>
    <thead>
      <tr>
        <th>${t('col.date')}</th>
        <th>${t('col.place')}</th>
        <th>${t('filter.kiosk')}</th>
        <th>${t('col.started')}</th>
        <th>${t('col.phase')}</th>
        <th>${t('ind.reached')}</th>
        <th>${t('ind.questions')}</th>
        <th>${t('ind.pledges')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr data-screening="${r.id}">
            <td>
              <a href="/staff/screenings/${encodeURIComponent(r.kioskId)}/${encodeURIComponent(r.id)}">${r.date}</a>
            </td>
            <td>${[r.venue, r.town, r.region, r.country].filter(Boolean).join(', ')}</td>
            <td>${r.device || r.kioskId}</td>
            <td>${when(r.startedAtCorrected || r.startedAt)}</td>
            <td>${r.phase}</td>
            <td>${Math.max(r.women + r.men, r.youth + r.adults)}</td>
            <td>${r.questions}</td>
            <td>${r.pledges}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The screenings of every kiosk: filter, indicators, list, one screening's report. */
export function registerScreenings(app: FastifyInstance, db: Kysely<Database>, opts: StaffOptions): void {
  const signedIn = requireStaff(db, opts);

  app.get('/staff/screenings', { preHandler: signedIn }, async (req, reply) => {
    const ctx = ctxOf(req);
    const all = await listScreenings(db);
    const kiosks = [...new Set(all.map((r) => r.kioskId))].sort();
    const parsed = parseFilter(req.query);
    reply.type('text/html; charset=utf-8');
    if (!parsed.ok) {
      const error = html`<p class="error" role="alert">${ctx.t('filter.invalid', { reason: parsed.reason })}</p>`;
      return reply
        .code(400)
        .send(page(ctx, ctx.t('nav.screenings'), html`${filterForm(ctx, NO_FILTER, kiosks)}${error}`));
    }
    const f = parsed.filter;
    const rows = applyFilter(all, f);
    const ind = indicators(await screeningRecords(db, rows), f.from, f.to);
    const body = html`${filterForm(ctx, f, kiosks)}${indicatorsView(ind, ctx.t)}${exportForms(ctx, f)}${table(ctx, rows)}`;
    return reply.send(page(ctx, ctx.t('nav.screenings'), body));
  });

  app.get<{ Params: { kiosk: string; id: string } }>(
    '/staff/screenings/:kiosk/:id',
    { preHandler: signedIn },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { t } = ctx;
      const row = (await listScreenings(db)).find((r) => r.id === req.params.id && r.kioskId === req.params.kiosk);
      const [records] = row ? await screeningRecords(db, [row]) : [];
      reply.type('text/html; charset=utf-8');
      if (!row || !records) return reply.code(404).send(page(ctx, t('error.notFound'), html``));
      const one = indicators([records], row.date, row.date);
      const f = screeningFigures(records);
      const body = html`<dl>
          <dt>${t('col.place')}</dt>
          <dd>${[f.place.venue, f.place.town, f.place.region, f.place.country].filter(Boolean).join(', ')}</dd>
          <dt>${t('col.started')}</dt>
          <dd data-testid="started-corrected">${when(row.startedAtCorrected || row.startedAt)}</dd>
          <dt>${t('screening.startedDevice')}</dt>
          <dd>${when(row.startedAt)}</dd>
          <dt>${t('screening.facilitators')}</dt>
          <dd>${f.facilitators.join(', ')}</dd>
        </dl>
        ${indicatorsView(one, t)}
        <h2>${t('screening.projected')}</h2>
        <ol>
          ${projectedQuestions(records).map((q) => html`<li lang="${q.language}">${q.text}</li>`)}
        </ol>`;
      return reply.send(page(ctx, t('screening.title', { date: row.date, town: row.town }), body));
    },
  );
}

/**
 * A start time as staff read it ("2026-06-06 16:05 UTC": Senegal's own time), with the
 * exact instant kept in the markup; a missing one stays empty.
 */
function when(iso: string): Html {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return html`${iso}`;
  return html`<time datetime="${iso}">${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC</time>`;
}
