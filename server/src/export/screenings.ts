import type { Kysely } from 'kysely';
import Papa from 'papaparse';
import type { Database } from '../db/schema';
import type { Pledge, Question, Screening } from '../../../src/shared/records';

export interface ScreeningRow {
  id: string;
  kioskId: string;
  device: string;
  date: string;
  town: string;
  venue: string;
  region: string;
  country: string;
  phase: string;
  startedAt: string;
  /** startedAt corrected by the device clock offset the collector saw (blank when unknown). */
  startedAtCorrected: string;
  endedAt: string;
  women: number;
  men: number;
  youth: number;
  adults: number;
  questions: number;
  pledges: number;
  facilitators: string;
  clockOffsetMinutes: number | null;
}

// Stored payloads were parsed by the shared contract (src/shared/records) when they arrived.
const corrected = (iso: string | undefined, offsetMs: number | null): string =>
  iso && offsetMs !== null ? new Date(Date.parse(iso) - offsetMs).toISOString() : '';

/** Every screening received from every kiosk, newest date first, with its question and pledge counts. */
export async function listScreenings(db: Kysely<Database>): Promise<ScreeningRow[]> {
  const rows = await db
    .selectFrom('records')
    .leftJoin('devices', 'devices.id', 'records.device_id')
    .select(['records.id', 'records.kiosk_id', 'records.payload', 'records.clock_offset_ms', 'devices.label'])
    .where('records.tbl', '=', 'screenings')
    .execute();
  const counts = await db
    .selectFrom('records')
    .select(['screening_id', 'kiosk_id', 'tbl', (eb) => eb.fn.countAll<number>().as('n')])
    .where('tbl', 'in', ['questions', 'pledges'])
    .groupBy(['screening_id', 'kiosk_id', 'tbl'])
    .execute();
  // A record counts under a screening of its own kiosk only (the same rule the sync enforces).
  // Looked up by key, so listing every screening stays linear (5,000 of them: see the bench).
  const byKey = new Map(counts.map((c) => [`${c.tbl}\u0000${c.kiosk_id}\u0000${c.screening_id}`, Number(c.n)]));
  const count = (id: string, kiosk: string, tbl: string) => byKey.get(`${tbl}\u0000${kiosk}\u0000${id}`) ?? 0;
  return rows
    .map((r) => {
      const s = JSON.parse(r.payload) as Screening;
      const offset = r.clock_offset_ms === null ? null : Number(r.clock_offset_ms);
      return {
        id: r.id,
        // The kiosk the collector knows from the device's token, not what the payload says.
        kioskId: r.kiosk_id,
        device: r.label ?? '',
        date: s.date,
        ...s.place,
        phase: s.phase,
        startedAt: s.startedAt ?? '',
        startedAtCorrected: corrected(s.startedAt, offset),
        endedAt: s.endedAt ?? '',
        ...s.attendance,
        questions: count(r.id, r.kiosk_id, 'questions'),
        pledges: count(r.id, r.kiosk_id, 'pledges'),
        facilitators: s.facilitators.join(', '),
        clockOffsetMinutes: offset === null ? null : Math.round(offset / 60_000),
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/**
 * CSV for spreadsheets: UTF-8 with a BOM (accents and Wolof letters in Excel), CRLF,
 * and cells starting with = + - @ neutralised so a kiosk's text never runs as a formula.
 */
export function screeningsCsv(rows: ScreeningRow[]): string {
  const fields = Object.keys(rows[0] ?? emptyRow());
  return csvOf(
    fields,
    rows.map((r) => fields.map((f) => r[f as keyof ScreeningRow] ?? '')),
  );
}

/** Any table as such a CSV (the dashboard's contact export uses it too). */
export function csvOf(fields: string[], data: unknown[][]): string {
  const text = Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });
  return `\uFEFF${text}\r\n`;
}

/** The columns of a screening row, in export order. */
export const SCREENING_FIELDS = (): string[] => Object.keys(emptyRow());

function emptyRow(): ScreeningRow {
  return {
    id: '',
    kioskId: '',
    device: '',
    date: '',
    town: '',
    venue: '',
    region: '',
    country: '',
    phase: '',
    startedAt: '',
    startedAtCorrected: '',
    endedAt: '',
    women: 0,
    men: 0,
    youth: 0,
    adults: 0,
    questions: 0,
    pledges: 0,
    facilitators: '',
    clockOffsetMinutes: null,
  };
}

/**
 * JSON export: each screening with its questions and pledges as the kiosk stored them.
 * Pledge contact details are left out unless `withContacts` (they were given with
 * consent for follow-up, not for every export).
 */
export async function screeningsJson(db: Kysely<Database>, withContacts = false, only?: ScreeningRow[]) {
  const screenings = only ?? (await listScreenings(db));
  const children = await db
    .selectFrom('records')
    .select(['tbl', 'screening_id', 'kiosk_id', 'payload'])
    .where('tbl', 'in', ['questions', 'pledges'])
    .orderBy('id')
    .execute();
  // Grouped once: an export of everything stays linear in the number of records.
  const groups = new Map<string, string[]>();
  for (const c of children) {
    const key = `${c.tbl}\u0000${c.kiosk_id}\u0000${c.screening_id}`;
    const list = groups.get(key);
    if (list) list.push(c.payload);
    else groups.set(key, [c.payload]);
  }
  return screenings.map((s) => {
    const of = <R>(tbl: 'questions' | 'pledges') =>
      (groups.get(`${tbl}\u0000${s.kioskId}\u0000${s.id}`) ?? []).map((p) => JSON.parse(p) as R);
    return jsonEntry(s, of<Question>('questions'), of<Pledge>('pledges'), withContacts);
  });
}

/** One screening of the JSON export: its row, its questions, its pledges (contacts only when asked). */
export const jsonEntry = (row: ScreeningRow, questions: Question[], pledges: Pledge[], withContacts: boolean) => ({
  ...row,
  questionList: questions,
  pledgeList: pledges.map((p) => (withContacts ? p : { ...p, contact: undefined })),
});
