import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { consentedContacts } from '../../../src/renderer/src/features/reports/model/figures';
import type { Database } from '../db/schema';
import { csvOf, listScreenings, SCREENING_FIELDS, screeningsJson, type ScreeningRow } from '../export/screenings';
import { writeAudit } from '../staff/audit';
import { ctxOf, requireStaff } from './context';
import { applyFilter, parseFilter, type Filter } from './filter';
import type { StaffOptions } from './options';
import { screeningRecords } from './records';
import { PAIR_FIELDS, POLL_FIELDS, pollTables, withPollFigures } from './poll-export';

type Format = 'csv' | 'xlsx' | 'json';
const FORMATS: readonly Format[] = ['csv', 'xlsx', 'json'];
const TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};
const CONTACT_FIELDS = [
  'screeningId',
  'kioskId',
  'date',
  'town',
  'pledgeId',
  'kind',
  'name',
  'phone',
  'consentVersion',
  'consentAt',
];

/** Contacts whose consent was recorded, one row each, with the screening they came from. */
async function contactRows(db: Kysely<Database>, rows: ScreeningRow[]): Promise<unknown[][]> {
  const records = await screeningRecords(db, rows);
  return records.flatMap((r) =>
    consentedContacts(r).map((c) => [
      r.screening.id,
      r.screening.kioskId,
      r.screening.date,
      r.screening.place.town,
      c.pledgeId,
      c.kind,
      c.name,
      c.phone,
      c.consentVersion,
      c.consentAt,
    ]),
  );
}

async function xlsx(sheets: { name: string; fields: string[]; data: unknown[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.addRow(s.fields).font = { bold: true };
    // Cells are written as values, never as formulas: text from a kiosk cannot compute.
    for (const row of s.data) ws.addRow(row.map((v) => (v === null || v === undefined ? '' : v)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function build(db: Kysely<Database>, fmt: Format, rows: ScreeningRow[], withContacts: boolean) {
  const fields = SCREENING_FIELDS();
  const data = rows.map((r) => fields.map((f) => r[f as keyof ScreeningRow] ?? ''));
  if (fmt === 'json')
    return JSON.stringify(await withPollFigures(db, rows, await screeningsJson(db, withContacts, rows)), null, 2);
  const contacts = withContacts ? await contactRows(db, rows) : null;
  if (fmt === 'csv') return contacts ? csvOf(CONTACT_FIELDS, contacts) : csvOf(fields, data);
  const sheets: { name: string; fields: string[]; data: unknown[][] }[] = [{ name: 'screenings', fields, data }];
  const poll = await pollTables(db, rows);
  sheets.push(
    { name: 'polls', fields: POLL_FIELDS, data: poll.polls },
    { name: 'poll_pairs', fields: PAIR_FIELDS, data: poll.pairs },
  );
  if (contacts) sheets.push({ name: 'contacts', fields: CONTACT_FIELDS, data: contacts });
  return xlsx(sheets);
}

function send(reply: FastifyReply, fmt: Format, body: string | Buffer, name: string) {
  return reply
    .type(TYPES[fmt])
    .header('content-disposition', `attachment; filename="${name}.${fmt}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/**
 * Exports of the current filter. Without contacts: any staff, by a plain link. With
 * contacts: admins only, a form carrying the CSRF token, and an audit row first.
 */
export function registerExports(app: FastifyInstance, db: Kysely<Database>, opts: StaffOptions): void {
  /** The format and the filtered screenings, or the plain reason they cannot be had. */
  const filtered = async (
    format: unknown,
    query: unknown,
  ): Promise<{ fmt: Format; f: Filter; rows: ScreeningRow[] } | string> => {
    if (!FORMATS.includes(format as Format)) return `no export format "${String(format).slice(0, 20)}"`;
    const p = parseFilter(query);
    if (!p.ok) return p.reason;
    return { fmt: format as Format, f: p.filter, rows: applyFilter(await listScreenings(db), p.filter) };
  };
  const refuse = (req: FastifyRequest, reply: FastifyReply, reason: string) =>
    reply.code(400).type('text/plain; charset=utf-8').send(ctxOf(req).t('filter.invalid', { reason }));

  app.get<{ Params: { fmt: string } }>(
    '/staff/export.:fmt',
    { preHandler: requireStaff(db, opts) },
    async (req, reply) => {
      const got = await filtered(req.params.fmt, req.query);
      if (typeof got === 'string') return refuse(req, reply, got);
      return send(reply, got.fmt, await build(db, got.fmt, got.rows, false), 'screenings');
    },
  );

  // The polls of the filter as CSV (one row per option; pairs with their change): the screenings CSV stays one table.
  app.get<{ Params: { what: string } }>(
    '/staff/export-:what.csv',
    { preHandler: requireStaff(db, opts) },
    async (req, reply) => {
      if (req.params.what !== 'polls' && req.params.what !== 'poll-pairs') return reply.callNotFound();
      const got = await filtered('csv', req.query);
      if (typeof got === 'string') return refuse(req, reply, got);
      const t = await pollTables(db, got.rows);
      const body = req.params.what === 'polls' ? csvOf(POLL_FIELDS, t.polls) : csvOf(PAIR_FIELDS, t.pairs);
      return send(reply, 'csv', body, req.params.what);
    },
  );

  app.post<{ Body: Record<string, string> }>(
    '/staff/export-contacts',
    { preHandler: requireStaff(db, opts, 'admin'), bodyLimit: 8192 },
    async (req, reply) => {
      const got = await filtered(req.body.format, req.body);
      if (typeof got === 'string') return refuse(req, reply, got);
      const fmt = got.fmt;
      await writeAudit(db, req.staffSession!.staff, 'export_contacts', {
        format: fmt,
        filter: got.f,
        screenings: got.rows.length,
      });
      return send(reply, fmt, await build(db, fmt, got.rows, true), 'contacts');
    },
  );
}
