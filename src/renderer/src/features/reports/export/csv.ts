import Papa from 'papaparse';
import type { ScreeningRecords } from '../../../data/repos/reports';
import type { SummaryReport } from '../model/build';
import type { ReportText } from '../model/text';
import type { ScreeningReport } from '../model/types';
import { summaryTable } from './summary-table';
import { contactTable, figureTable, pledgeTable, questionTable, type Cell } from './tables';

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
 * One screening as a single long table: its figures (section, indicator, value), then
 * one row per question and per pledge, then consented contacts when chosen.
 */
export function screeningCsv(report: ScreeningReport, records: ScreeningRecords, text: ReportText): Uint8Array {
  const { t } = text;
  const c = (k: string) => t(`columns.${k}`);
  const header = [c('section'), c('indicator'), c('value'), c('language'), c('status'), c('time'), c('text')];
  // Rearranges a source row into the seven columns; -1 leaves a column empty.
  const place = (section: string, r: Cell[], idx: number[]): Cell[] => [section, ...idx.map((i) => r[i] ?? null)];
  const rows: Cell[][] = figureTable(report, text).rows.map((r) => place(r[0] as string, r, [1, 2, -1, -1, -1, -1]));
  const q = t('doc.questionsTitle');
  for (const r of questionTable(records, report, text).rows) rows.push(place(q, r, [3, 4, 2, 1, 0, 5]));
  const p = t('doc.pledgesTitle');
  for (const r of pledgeTable(records, report, text).rows) rows.push(place(p, r, [1, 3, 2, -1, 0, 4]));
  const ct = t('doc.contactsTitle');
  for (const r of contactTable(report, text)?.rows ?? []) rows.push(place(ct, r, [0, 2, -1, 3, 4, 1]));
  return csvBytes(header, rows);
}

/** The date-range summary: one row per screening and a totals row. */
export function summaryCsv(report: SummaryReport, text: ReportText): Uint8Array {
  const table = summaryTable(report, text);
  return csvBytes(table.header, table.rows);
}
