import { useEffect, useRef, useState } from 'react';

/**
 * A slider's value while it is dragged, committed once it rests for `ms`: one seek per
 * gesture instead of dozens of stored requests and audit events. Shows `value` (the
 * stored state) whenever nothing is being dragged.
 */
export function useDebouncedCommit(
  value: number,
  commit: (v: number) => void,
  ms = 250,
): [number, (v: number) => void] {
  const [draft, setDraft] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  const change = (v: number) => {
    setDraft(v);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      latestCommit.current(v);
      setDraft(null);
    }, ms);
  };
  return [draft ?? value, change];
}
