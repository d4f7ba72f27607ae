import { loadCloudPicture } from '../debate';
import type * as ReportCharts from './ReportCharts';

export type ReportChartsModule = typeof ReportCharts;

let charts: Promise<ReportChartsModule> | undefined;

/**
 * The code a drawn report needs besides its figures: the charts (recharts), the QR
 * encoder, the word cloud's layout. Fetched together and alongside the records (not one
 * after the other behind Suspense, each after the render that asks for it), so a report
 * is drawn in one go. The charts module is handed to the view; the other two are the
 * chunks QrImage and CloudPicture load themselves, warmed here.
 */
export function reportCode(): Promise<ReportChartsModule> {
  const warm = (chunk: Promise<unknown>) => void chunk.catch(() => undefined); // they retry on use
  warm(import('qrcode'));
  warm(loadCloudPicture());
  charts ??= import('./ReportCharts').catch((e: unknown) => {
    charts = undefined; // a failed fetch is tried again with the next report
    throw e;
  });
  return charts;
}
