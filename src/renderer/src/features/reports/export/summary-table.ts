import type { SummaryReport } from '../model/build';
import { COUNT_KEYS, COUNT_LABELS, type SummaryRow, type SummaryTotals } from '../model/summary';
import { correctedIso, type ReportText } from '../model/text';
import type { Cell, Table } from './tables';

const minutes = (sec: number) => Math.round(sec / 6) / 10;

/** One row per screening and a totals row: the summary as a spreadsheet table. */
export function summaryTable(report: SummaryReport, { t }: ReportText): Table {
  const c = (k: string) => t(`columns.${k}`);
  const header = [
    c('id'),
    c('date'),
    c('town'),
    c('venue'),
    t('doc.region'),
    c('country'),
    c('status'),
    t('doc.started'),
    c('duration'),
    c('filmPercent'),
    ...COUNT_KEYS.map((k) => t(COUNT_LABELS[k])),
  ];
  const row = (r: SummaryRow): Cell[] => [
    r.screeningId,
    r.date,
    r.place.town,
    r.place.venue,
    r.place.region,
    r.place.country,
    t(`phase.${r.phase}`),
    correctedIso(r.startedAt, report.clockOffsetMs),
    minutes(r.durationSec),
    r.filmPercent,
    ...COUNT_KEYS.map((k) => r[k]),
  ];
  const totals = (x: SummaryTotals): Cell[] => [
    t('summary.totals'),
    `${report.summary.from} – ${report.summary.to}`,
    null,
    null,
    null,
    null,
    `${t('summary.held')}: ${x.held}`,
    null,
    minutes(x.durationSec),
    null,
    ...COUNT_KEYS.map((k) => x[k]),
  ];
  return { header, rows: [...report.summary.rows.map(row), totals(report.summary.totals)] };
}
