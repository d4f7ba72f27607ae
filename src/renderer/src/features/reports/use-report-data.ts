import { useEffect, useState } from 'react';
import type { CloudWord } from '@shared/word-cloud';
import { clockOffsetMs, loadRangeRecords, loadScreeningRecords, type ScreeningRecords } from '../../data/repos/reports';
import { cloudOf } from '../../data/repos/word-cloud';
import { wordFilterList } from '../../data/repos/word-filter';
import { useLive } from '../../data/use-live';
import { reportCode, type ReportChartsModule } from './report-chunks';
import { buildScreeningReport, buildSummaryReport, type SummaryReport } from './model/build';
import type { ScreeningReport } from './model/types';

export interface LoadedScreening {
  records: ScreeningRecords;
  report: ScreeningReport;
  /** When this report was built from the stored data: printed as "made on". */
  generatedAt: string;
  /** The word cloud's words, from the questions read above (dismissed ones and the word filter's out). */
  cloud: CloudWord[];
  /** The charts' code, fetched with the records so the report is drawn in one render. */
  charts: ReportChartsModule;
}

/**
 * One screening's report, live: it follows every change made in any window (a question
 * answered on the stage shows up here). undefined while loading, null when not found.
 */
export function useScreeningReport(
  id: string | undefined,
  includeContacts: boolean,
): LoadedScreening | null | undefined {
  const source = useLive(
    async () => {
      if (!id) return null;
      // One read of the rows, the clock offset and the word filter, side by side; the
      // report's code is fetched meanwhile.
      void reportCode().catch(() => undefined);
      const [records, offset, hide] = await Promise.all([loadScreeningRecords(id), clockOffsetMs(), wordFilterList()]);
      return records ? { records, offset, hide } : null;
    },
    [id],
    undefined,
  );
  const [built, setBuilt] = useState<{ from: typeof source; contacts: boolean; value: LoadedScreening }>();
  useEffect(() => {
    if (!source) return;
    let live = true;
    const { records, offset, hide } = source;
    void Promise.all([buildScreeningReport(records, { clockOffsetMs: offset, includeContacts }), reportCode()]).then(
      ([report, charts]) => {
        if (!live) return;
        const value = {
          records,
          report,
          generatedAt: new Date().toISOString(),
          cloud: cloudOf(records.questions, hide),
          charts,
        };
        setBuilt({ from: source, contacts: includeContacts, value });
      },
    );
    return () => {
      live = false;
    };
  }, [source, includeContacts]);
  if (source === null) return null;
  // Until the report of what is loaded now is built, say "loading" rather than show a stale one.
  return built && built.from === source && built.contacts === includeContacts ? built.value : undefined;
}

export type SummaryState =
  | { state: 'idle' }
  | { state: 'loading'; done: number; total: number }
  | { state: 'ready'; report: SummaryReport; records: ScreeningRecords[] }
  | { state: 'failed' };

/**
 * A date range's summary, loaded when asked (a long range reads every screening, so
 * it shows progress rather than reloading on every change).
 */
export function useSummaryReport(range: { from: string; to: string } | null): SummaryState {
  const [state, setState] = useState<SummaryState>({ state: 'idle' });
  useEffect(() => {
    if (!range) return;
    let live = true;
    const progress = (done: number, total: number) => live && setState({ state: 'loading', done, total });
    progress(0, 1);
    void (async () => {
      try {
        const records = await loadRangeRecords(range.from, range.to, (d, t) => progress(d, t * 2));
        const offset = await clockOffsetMs();
        const report = await buildSummaryReport(range.from, range.to, records, offset, (d, t) =>
          progress(t + d, t * 2),
        );
        if (live) setState({ state: 'ready', report, records });
      } catch {
        if (live) setState({ state: 'failed' });
      }
    })();
    return () => {
      live = false;
    };
  }, [range]);
  return state;
}
