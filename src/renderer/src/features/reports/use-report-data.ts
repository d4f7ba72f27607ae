import { useEffect, useState } from 'react';
import type { CloudWord } from '@shared/word-cloud';
import {
  clockOffsetMs,
  ensureSums,
  loadRangeSummed,
  loadScreeningRecords,
  loadSummedRecords,
  screeningsInRange,
  type ScreeningRecords,
} from '../../data/repos/reports';
import { cloudOfSums } from '../../data/repos/word-cloud';
import { wordFilterList } from '../../data/repos/word-filter';
import { useLive } from '../../data/use-live';
import { reportCode, type ReportCode } from './report-chunks';
import { buildScreeningReport, buildSummaryReport, type SummaryReport } from './model/build';
import type { ScreeningReport } from './model/types';

export interface LoadedScreening {
  report: ScreeningReport;
  /** When this report was built from the stored data: printed as "made on". */
  generatedAt: string;
  /** The word cloud's words, from the kept word sums (dismissed questions and the word filter's out). */
  cloud: CloudWord[];
  /** The charts' and the cloud's code, fetched with the records so the report is drawn in one render. */
  code: ReportCode;
  /**
   * Every record of the screening, read when an export asks (the report on screen reads
   * only the questions' sums), with the report built from them: the file is consistent.
   */
  full: () => Promise<{ records: ScreeningRecords; report: ScreeningReport }>;
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
      // One read of the sums, the clock offset and the word filter, side by side; the
      // report's code is fetched meanwhile.
      void reportCode();
      const [records, offset, hide] = await Promise.all([loadSummedRecords(id), clockOffsetMs(), wordFilterList()]);
      return records ? { records, offset, hide } : null;
    },
    [id],
    undefined,
  );
  const [built, setBuilt] = useState<{ from: typeof source; contacts: boolean; value: LoadedScreening }>();
  // Sums the screening once if it never was (the report reads it from its rows meanwhile).
  useEffect(() => {
    if (id) void ensureSums([id]).catch(() => undefined);
  }, [id]);
  useEffect(() => {
    if (!source || !id) return;
    let live = true;
    const { records, offset, hide } = source;
    const opts = { clockOffsetMs: offset, includeContacts };
    void Promise.all([buildScreeningReport(records, opts), reportCode()]).then(([report, code]) => {
      if (!live) return;
      const full = async () => {
        const all = await loadScreeningRecords(id);
        if (!all) throw new Error(`screening ${id} not found`);
        return { records: all, report: await buildScreeningReport(all, opts) };
      };
      const value = {
        report,
        generatedAt: new Date().toISOString(),
        cloud: cloudOfSums(records.sums.words, hide),
        code,
        full,
      };
      setBuilt({ from: source, contacts: includeContacts, value });
    });
    return () => {
      live = false;
    };
  }, [source, includeContacts, id]);
  if (source === null) return null;
  // Until the report of what is loaded now is built, say "loading" rather than show a stale one.
  return built && built.from === source && built.contacts === includeContacts ? built.value : undefined;
}

export type SummaryState =
  | { state: 'idle' }
  | { state: 'loading'; done: number; total: number }
  | { state: 'ready'; report: SummaryReport }
  | { state: 'failed' };

/**
 * A date range's summary, loaded when asked (from each screening's kept sums, not its
 * questions; shows progress rather than reloading on every change).
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
        await ensureSums((await screeningsInRange(range.from, range.to)).map((s) => s.id));
        const [records, offset] = await Promise.all([loadRangeSummed(range.from, range.to), clockOffsetMs()]);
        progress(1, 2);
        const report = await buildSummaryReport(range.from, range.to, records, offset, (d, t) =>
          progress(t + d, t * 2),
        );
        if (live) setState({ state: 'ready', report });
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
