import { useCallback, useRef, useState } from 'react';
import { submitProblem, type SubmitProblem } from './submit-error';

/**
 * Runs one save at a time (a second tap while saving does nothing) and keeps the
 * problem to show. The draft is the caller's and is never cleared on failure.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<SubmitProblem | null>(null);
  const running = useRef(false);
  const run = useCallback(async (save: () => Promise<unknown>, done: () => void) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setProblem(null);
    try {
      await save();
      done();
    } catch (err) {
      setProblem(submitProblem(err));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, problem, setProblem, run };
}
