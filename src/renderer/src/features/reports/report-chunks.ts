import { loadCloudPicture } from '../debate';
import type * as ReportCharts from './ReportCharts';

export type ReportChartsModule = typeof ReportCharts;
export type CloudModule = Awaited<ReturnType<typeof loadCloudPicture>>;

/** The code a drawn report needs besides its figures; null for a part whose code could not be fetched. */
export interface ReportCode {
  charts: ReportChartsModule | null;
  cloud: CloudModule | null;
}

/**
 * Fetches the code a drawn report needs besides its figures: the charts (recharts), the
 * word cloud's layout, the QR encoder. Together and alongside the records (not one after
 * the other behind Suspense), so a report is drawn in one go. A chunk that fails to load
 * (a damaged install, a full disk) leaves its part null: the report is drawn without it
 * and says so, rather than staying on "loading". The QR encoder is QrImage's own chunk,
 * warmed here; it says so itself when it fails.
 */
export async function reportCode(): Promise<ReportCode> {
  void import('qrcode').catch(() => undefined);
  const [charts, cloud] = await Promise.all([
    import('./ReportCharts').catch(() => null),
    loadCloudPicture().catch(() => null),
  ]);
  return { charts, cloud };
}
