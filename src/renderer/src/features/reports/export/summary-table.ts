import { topicLabel } from '@shared/records/constants';
import type { Topic } from '@shared/records';
import type { SummaryReport } from '../model/build';
import { COUNT_KEYS, COUNT_LABELS, wasHeld, type SummaryRow, type SummaryTotals } from '../model/summary';
import { correctedIso, type ReportText } from '../model/text';
import type { Cell, Table } from './tables';

/** "Questions by topic — Papers": a topic's column (and indicator) name in the summary exports. */
export const topicHeading = (t: ReportText['t'], topic: Topic): string =>
  `${t('doc.topicsTitle')} — ${topicLabel(t, topic)}`;

const minutes = (sec: number) => Math.round(sec / 6) / 10;

/** One row per screening and a totals row: the summary as a spreadsheet table. */
export function summaryTable(report: SummaryReport, { t }: ReportText): Table {
  const c = (k: string) => t(`columns.${k}`);
  const topics = report.summary.byTopic;
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
    t('summary.held'),
    // Questions by topic: one column per topic tagged in the range, summed in the totals row.
    ...topics.map(({ topic }) => topicHeading(t, topic)),
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
    wasHeld(r) ? 1 : 0,
    ...topics.map(({ key }) => r.topics[key] ?? 0),
  ];
  // The totals row holds totals only: the held count has its own column, not the status's.
  const totals = (x: SummaryTotals): Cell[] => [
    t('summary.totals'),
    `${report.summary.from} – ${report.summary.to}`,
    null,
    null,
    null,
    null,
    null,
    null,
    minutes(x.durationSec),
    null,
    ...COUNT_KEYS.map((k) => x[k]),
    x.held,
    ...topics.map(({ count }) => count),
  ];
  return { header, rows: [...report.summary.rows.map(row), totals(report.summary.totals)] };
}
