import { useEffect, useState } from 'react';
import { clockOffsetMs, loadRangeRecords, loadScreeningRecords, type ScreeningRecords } from '../../data/repos/reports';
import { useLive } from '../../data/use-live';
import { buildScreeningReport, buildSummaryReport, type SummaryReport } from './model/build';
import type { ScreeningReport } from './model/types';

export interface LoadedScreening {
  records: ScreeningRecords;
  report: ScreeningReport;
  /** When this report was built from the stored data: printed as "made on". */
  generatedAt: string;
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
      const records = await loadScreeningRecords(id);
      return records ? { records, offset: await clockOffsetMs() } : null;
    },
    [id],
    undefined,
  );
  const [built, setBuilt] = useState<{ from: typeof source; contacts: boolean; value: LoadedScreening }>();
  useEffect(() => {
    if (!source) return;
    let live = true;
    void buildScreeningReport(source.records, { clockOffsetMs: source.offset, includeContacts }).then((report) => {
      if (live)
        setBuilt({
          from: source,
          contacts: includeContacts,
          value: { records: source.records, report, generatedAt: new Date().toISOString() },
        });
    });
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
