import type { ScreeningRecords, SummedRecords } from '../../../data/repos/reports';
import { digestOf } from './digest';
import { consentedContacts, projectedQuestions, screeningFigures } from './figures';
import { summarize, type Summary } from './summary';
import type { ScreeningReport } from './types';

export interface ReportOptions {
  /** Collector clock minus device clock (ms), or null when never measured. */
  clockOffsetMs: number | null;
  /** The exporter's choice; even then only consented contacts are included. */
  includeContacts: boolean;
}

/**
 * One screening's report: figures, their digest, the projected questions, contacts if
 * chosen; from its sums (on screen) or from all its records (exports, tests): the same.
 */
export async function buildScreeningReport(
  records: ScreeningRecords | SummedRecords,
  opts: ReportOptions,
): Promise<ScreeningReport> {
  const figures = screeningFigures(records);
  return {
    figures,
    digest: await digestOf(figures),
    clockOffsetMs: opts.clockOffsetMs,
    projected: projectedQuestions(records),
    contacts: opts.includeContacts ? consentedContacts(records) : null,
  };
}

export interface SummaryReport {
  summary: Summary;
  digest: string;
  clockOffsetMs: number | null;
}

/**
 * The summary of a date range. Figures are computed screening by screening, yielding to
 * the event loop between them so the page stays responsive and `onProgress` can paint.
 */
export async function buildSummaryReport(
  from: string,
  to: string,
  all: readonly (ScreeningRecords | SummedRecords)[],
  clockOffsetMs: number | null,
  onProgress?: (done: number, total: number) => void,
): Promise<SummaryReport> {
  const figures = [];
  for (const [i, records] of all.entries()) {
    figures.push(screeningFigures(records));
    if (i % 50 === 49) {
      onProgress?.(i + 1, all.length);
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  onProgress?.(all.length, all.length);
  const summary = summarize(from, to, figures);
  return { summary, digest: await digestOf(summary), clockOffsetMs };
}
