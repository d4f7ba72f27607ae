import { familyRows } from '@shared/polls/report-rows';
import ExcelJS from 'exceljs';
import type { ScreeningRecords } from '../../../data/repos/reports';
import type { SummaryReport } from '../model/build';
import type { ReportText } from '../model/text';
import type { ScreeningReport } from '../model/types';
import { summaryTable, topicHeading } from './summary-table';
import { contactTable, figureTable, pledgeTable, questionTable, type Cell, type Table } from './tables';

export type Progress = (fraction: number) => void;
const CHUNK = 1000;
const pause = () => new Promise((r) => setTimeout(r, 0));

// XML turns a raw CR into nothing on reading: a cell's line breaks are written as LF,
// which is what Excel and LibreOffice use inside a cell anyway.
const cellValue = (c: Cell) => (typeof c === 'string' ? c.replace(/\r\n?/g, '\n') : c);

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (s: string) => s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * Adds a table as a sheet: a bold frozen header, then rows in chunks that yield to the
 * event loop so a 5,000-question export keeps the progress bar moving. Text is written
 * as text (shared strings), so a cell like `=1+1` is never a formula.
 */
async function addTable(wb: ExcelJS.Workbook, name: string, table: Table, progress: () => void) {
  const ws = wb.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(table.header).font = { bold: true };
  ws.columns.forEach((col, i) => {
    const widest = Math.max(
      table.header[i]?.length ?? 8,
      ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length),
    );
    col.width = Math.min(60, Math.max(10, widest + 2));
  });
  for (let i = 0; i < table.rows.length; i += CHUNK) {
    ws.addRows(table.rows.slice(i, i + CHUNK).map((r) => r.map(cellValue)));
    progress();
    await pause();
  }
  ws.getColumn(table.header.length).alignment = { wrapText: true, vertical: 'top' };
}

async function write(wb: ExcelJS.Workbook, tables: [string, Table][], onProgress?: Progress): Promise<Uint8Array> {
  const chunks = tables.reduce((n, [, t]) => n + Math.ceil(t.rows.length / CHUNK), 0) || 1;
  let done = 0;
  for (const [name, table] of tables) await addTable(wb, name, table, () => onProgress?.((0.8 * ++done) / chunks));
  const buf = await wb.xlsx.writeBuffer();
  onProgress?.(1);
  return new Uint8Array(buf);
}

function workbook(title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MaM kiosk';
  wb.title = title;
  return wb;
}

/** One screening as a workbook: figures, questions, pledges, and contacts when chosen. */
export async function screeningXlsx(
  report: ScreeningReport,
  records: ScreeningRecords,
  text: ReportText,
  onProgress?: Progress,
): Promise<Uint8Array> {
  const { t } = text;
  const tables: [string, Table][] = [
    [t('sheets.figures'), figureTable(report, text)],
    [t('sheets.questions'), questionTable(records, report, text)],
    [t('sheets.pledges'), pledgeTable(records, report, text)],
  ];
  const contacts = contactTable(report, text);
  if (contacts) tables.push([t('sheets.contacts'), contacts]);
  return write(workbook(t('doc.screeningTitle')), tables, onProgress);
}

/** The date-range summary as a workbook: the indicators, then one row per screening. */
export async function summaryXlsx(report: SummaryReport, text: ReportText, onProgress?: Progress): Promise<Uint8Array> {
  const { t } = text;
  const x = report.summary.totals;
  const indicators: Table = {
    header: [t('columns.indicator'), t('columns.value')],
    rows: [
      [t('summary.range', { from: report.summary.from, to: report.summary.to }), null],
      [t('summary.held'), x.held],
      [t('summary.screenings'), x.screenings],
      [t('summary.reached'), x.reached],
      [t('summary.questions'), x.questions],
      [t('summary.pledges'), x.pledges],
      [t('poll.answers'), x.pollAnswers],
      ...report.summary.byTopic.map(({ topic, count }): Cell[] => [topicHeading(t, topic), count]),
      ...familyRows(report.summary.pollFamilies, t).map(([family, indicator, value]) => [
        `${family} — ${indicator}`,
        value,
      ]),
      [t('doc.digest'), report.digest],
    ],
  };
  return write(
    workbook(t('doc.summaryTitle')),
    [
      [t('summary.indicatorsTitle'), indicators],
      [t('sheets.summary'), summaryTable(report, text)],
    ],
    onProgress,
  );
}
