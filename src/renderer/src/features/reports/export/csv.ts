import Papa from 'papaparse';
import type { ScreeningRecords } from '../../../data/repos/reports';
import type { SummaryReport } from '../model/build';
import type { ReportText } from '../model/text';
import type { ScreeningReport } from '../model/types';
import { summaryTable } from './summary-table';
import { contactTable, figureTable, pledgeTable, questionTable, type Cell, type Table } from './tables';

const BOM = '\uFEFF';

/**
 * RFC 4180 CSV (comma, CRLF, quotes doubled) as UTF-8 bytes with a BOM, so Excel shows
 * accents and Wolof letters. Text cells beginning with = + - @ tab or CR get a leading
 * `'` (papaparse's escapeFormulae) so a spreadsheet never runs them as formulas.
 */
export function csvBytes(header: string[], rows: Cell[][]): Uint8Array {
  const text = Papa.unparse(
    { fields: header, data: rows.map((r) => r.map((c) => (c === null ? '' : c))) },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  return new TextEncoder().encode(BOM + text + '\r\n');
}

/**
 * Every column of the screening CSV, one fact each: a row fills the ones that apply to
 * it (a question its time, status, language, input, projected and text; a contact its
 * name, phone and consent) and leaves the rest empty, so no column means two things.
 */
const CSV_COLUMNS = [
  'section',
  'indicator',
  'value',
  'time',
  'status',
  'language',
  'input',
  'projected',
  'kind',
  'consent',
  'name',
  'phone',
  'consentVersion',
  'consentAt',
  'text',
];

/** A table's rows spread over CSV_COLUMNS; `section` names the part of the report they come from. */
function spread(table: Table, section: string | null): Cell[][] {
  const keys = table.keys ?? [];
  const at = CSV_COLUMNS.map((k) => keys.indexOf(k));
  return table.rows.map((r) => at.map((i, c) => (i >= 0 ? (r[i] ?? null) : c === 0 ? section : null)));
}

/**
 * One screening as a single long table that a spreadsheet can filter by its first
 * column: its figures (section, indicator, value), then one row per question ("Question
 * posée") and per pledge, then consented contacts when chosen.
 */
export function screeningCsv(report: ScreeningReport, records: ScreeningRecords, text: ReportText): Uint8Array {
  const { t } = text;
  const rows = [
    ...spread(figureTable(report, text), null),
    ...spread(questionTable(records, report, text), t('csvRow.question')),
    ...spread(pledgeTable(records, report, text), t('csvRow.pledge')),
    ...spread(contactTable(report, text) ?? { header: [], rows: [] }, t('csvRow.contact')),
  ];
  return csvBytes(
    CSV_COLUMNS.map((k) => t(`columns.${k}`)),
    rows,
  );
}

/** The date-range summary: one row per screening and a totals row. */
export function summaryCsv(report: SummaryReport, text: ReportText): Uint8Array {
  const table = summaryTable(report, text);
  return csvBytes(table.header, table.rows);
}
