import { useCallback, useMemo, useState } from 'react';
import { isMergeable } from '@shared/records/constants';
import {
  askedCounts,
  likelyDuplicates,
  mergeQuestions,
  MergeRejected,
  unmergeQuestions,
  type MergeProblem,
} from '../../data/repos/merges';
import { useLive } from '../../data/use-live';
import type { RowMergeInfo } from './RowMerge';
import type { Question } from '../../data/types';
import type { Moderate } from './use-moderate';

/** What the facilitator sees after a merge: how many went in, with the way back. */
export interface MergeDone {
  intoId: string;
  merged: number;
  skipped: number;
}

/**
 * The questions chosen for a merge (kept across tabs and pages: the facilitator may pick
 * from "pending" and "approved"), the merge itself and its undo. A refused merge keeps
 * the choice and says why; a failed write goes to the console's error line.
 */
export function useMerge(moderate: Moderate, by: string | undefined) {
  const [picked, setPicked] = useState<Map<string, Question>>(new Map());
  const [problem, setProblem] = useState<MergeProblem | null>(null);
  const [done, setDone] = useState<MergeDone | null>(null);
  const [wantedKeep, setKeep] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  // The question kept: the facilitator's choice, else the oldest picked (ids sort by time).
  const list = useMemo(() => [...picked.values()].sort((a, b) => a.id.localeCompare(b.id)), [picked]);
  const keep = list.find((q) => q.id === wantedKeep)?.id ?? list[0]?.id ?? null;
  const toggle = useCallback((q: Question) => {
    setProblem(null);
    setPicked((cur) => {
      const next = new Map(cur);
      if (next.has(q.id)) next.delete(q.id);
      else if (isMergeable(q.status)) next.set(q.id, q);
      return next;
    });
  }, []);
  const pickAll = useCallback((qs: readonly Question[]) => {
    setProblem(null);
    setPicked(new Map(qs.filter((q) => isMergeable(q.status)).map((q) => [q.id, q])));
  }, []);
  const clear = useCallback(() => {
    setPicked(new Map());
    setProblem(null);
    setReason('');
  }, []);
  // A refused merge is said here; any other failure (a write) goes to the console's error line.
  const run = useCallback(
    <T>(p: Promise<T>, ok: (v: T) => void) =>
      moderate.guard(
        p.then(ok, (err: unknown) => {
          if (!(err instanceof MergeRejected)) throw err;
          setProblem(err.problem);
        }),
      ),
    [moderate],
  );
  const merge = useCallback(() => {
    if (!keep) return;
    const ids = list.map((q) => q.id).filter((id) => id !== keep);
    run(mergeQuestions(keep, ids, { by, reason }), (r) => {
      setDone({ intoId: keep, merged: r.merged.length, skipped: r.skipped.length });
      clear();
    });
  }, [keep, list, by, reason, clear, run]);
  const undo = useCallback(
    (intoId: string) => {
      run(unmergeQuestions(intoId, undefined, { by }), () => setDone(null));
    },
    [by, run],
  );
  return useMemo(
    () => ({ picked, list, keep, setKeep, reason, setReason, problem, done, toggle, pickAll, clear, merge, undo }),
    [picked, list, keep, reason, problem, done, toggle, pickAll, clear, merge, undo],
  );
}

export type Merge = ReturnType<typeof useMerge>;

const NO_GROUPS = new Map<string, Question[]>();
const NO_COUNTS = new Map<string, number>();

/**
 * For the rows on screen: how many people asked each (merged duplicates counted), and
 * the likely duplicates of each among the questions still waiting (a bounded set around
 * them: see likelyDuplicates). Live: a merge in another window shows here too.
 */
export function useMergeInfo(screeningId: string, rows: readonly Question[], merge: Merge) {
  const ids = rows.map((r) => r.id);
  const asked = useLive(() => askedCounts(ids), [ids.join(' ')], NO_COUNTS);
  // No rows on screen (an empty tab, the page not read yet): no suggestion to show, none sought.
  const groups = useLive(
    () => (rows.length ? likelyDuplicates(screeningId, rows) : NO_GROUPS),
    [screeningId, ids.join(' ')],
    NO_GROUPS,
  );
  return useCallback(
    (q: Question): RowMergeInfo => ({ merge, asked: asked.get(q.id) ?? 1, group: groups.get(q.id) }),
    [merge, asked, groups],
  );
}
