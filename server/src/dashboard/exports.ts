import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { consentedContacts } from '../../../src/renderer/src/features/reports/model/figures';
import type { Database } from '../db/schema';
import type { ScreeningRecords } from '../../../src/renderer/src/data/repos/reports';
import { chunks } from '../db/chunks';
import { csvOf, jsonEntry, listScreenings, SCREENING_FIELDS, type ScreeningRow } from '../export/screenings';
import { writeAudit } from '../staff/audit';
import { ctxOf, requireStaff } from './context';
import { JOBS_PER_STAFF, type ExportJobs } from './export-jobs';
import { applyFilter, parseFilter, type Filter } from './filter';
import type { StaffOptions } from './options';
import { screeningRecords } from './records';
import { PAIR_FIELDS, POLL_FIELDS, pollTables, withPollFigures } from './poll-export';

export type Format = 'csv' | 'xlsx' | 'json';
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
function contactRows(records: ScreeningRecords[]): unknown[][] {
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

// Screenings read per step; between steps the collector serves others and the progress moves.
const STEP = 250;
const nextTurn = () => new Promise((ok) => setImmediate(ok));

async function xlsx(sheets: { name: string; fields: string[]; data: unknown[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.addRow(s.fields).font = { bold: true };
    // Cells are written as values, never as formulas: text from a kiosk cannot compute.
    for (const [i, row] of s.data.entries()) {
      ws.addRow(row.map((v) => (v === null || v === undefined ? '' : v)));
      if (i % STEP === STEP - 1) await nextTurn();
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What an export needs of each screening's records (JSON entries, consented contacts), step by step. */
async function perScreening(
  db: Kysely<Database>,
  fmt: Format,
  rows: ScreeningRow[],
  withContacts: boolean,
  progress: (done: number) => void,
) {
  const json: ReturnType<typeof jsonEntry>[] = [];
  const contacts: unknown[][] = [];
  let done = 0;
  for (const part of chunks(rows, STEP)) {
    if (fmt === 'json' || withContacts) {
      const records = new Map(
        (await screeningRecords(db, part)).map((r) => [`${r.screening.kioskId}/${r.screening.id}`, r]),
      );
      for (const row of part) {
        const r = records.get(`${row.kioskId}/${row.id}`);
        if (fmt === 'json') json.push(jsonEntry(row, r?.questions ?? [], r?.pledges ?? [], withContacts));
        if (withContacts && r) contacts.push(...contactRows([r]));
      }
    }
    progress((done += part.length));
    await nextTurn();
  }
  return { json, contacts: withContacts ? contacts : null };
}

/** The export's file; `progress` hears how many screenings are done so far. */
export async function build(
  db: Kysely<Database>,
  fmt: Format,
  rows: ScreeningRow[],
  withContacts: boolean,
  progress: (done: number) => void = () => {},
): Promise<string | Buffer> {
  const fields = SCREENING_FIELDS();
  const { json, contacts } = await perScreening(db, fmt, rows, withContacts, progress);
  if (fmt === 'json') return JSON.stringify(await withPollFigures(db, rows, json), null, 2);
  const data = rows.map((r) => fields.map((f) => r[f as keyof ScreeningRow] ?? ''));
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

export function sendExport(reply: FastifyReply, fmt: Format, body: string | Buffer, name: string) {
  return reply
    .type(TYPES[fmt])
    .header('content-disposition', `attachment; filename="${name}.${fmt}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/**
 * Exports of the current filter. Without contacts: any staff, by a plain link. With
 * contacts: admins only, a form carrying the CSRF token, and an audit row first. Over
 * `progressAbove` screenings the file is built in the background with its progress shown.
 */
export function registerExports(
  app: FastifyInstance,
  db: Kysely<Database>,
  opts: StaffOptions,
  jobs: ExportJobs,
): void {
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
  /** A small export at once; a large one in the background, its progress page shown meanwhile. */
  const deliver = async (
    req: FastifyRequest,
    reply: FastifyReply,
    { fmt, rows }: { fmt: Format; rows: ScreeningRow[] },
    withContacts: boolean,
  ) => {
    const name = withContacts ? 'contacts' : 'screenings';
    if (rows.length <= opts.progressAbove)
      return sendExport(reply, fmt, await build(db, fmt, rows, withContacts), name);
    const job = jobs.start(req.staffSession!.staff.id, { name, fmt, total: rows.length }, (progress) =>
      build(db, fmt, rows, withContacts, progress),
    );
    if (!job)
      return reply
        .code(429)
        .type('text/plain; charset=utf-8')
        .send(ctxOf(req).t('export.busy', { n: JOBS_PER_STAFF }));
    return reply.redirect(`/staff/exports/${job.id}`, 303);
  };

  app.get<{ Params: { fmt: string } }>(
    '/staff/export.:fmt',
    { preHandler: requireStaff(db, opts) },
    async (req, reply) => {
      const got = await filtered(req.params.fmt, req.query);
      if (typeof got === 'string') return refuse(req, reply, got);
      return deliver(req, reply, got, false);
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
      return sendExport(reply, 'csv', body, req.params.what);
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
      return deliver(req, reply, got, true);
    },
  );
}
