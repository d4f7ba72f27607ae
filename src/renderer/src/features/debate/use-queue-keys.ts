import { useEffect, useRef, useState } from 'react';
import type { Question } from '../../data/types';
import { canMove } from '../../data/repos/questions';
import { isTyping, SHORTCUTS, type Moderate } from './use-moderate';
import type { RowMergeInfo } from './RowMerge';
import type { Merge } from './use-merge';

/**
 * Keyboard moderation for a facilitator with one hand on the microphone: ↑/↓ choose a
 * question, A approve, P project, X dismiss (asks for a reason), R restore, 1–9 tag with
 * the evening's topic of that number, O log a question asked from the floor, / search; S choose
 * for a merge, D choose its likely duplicates, M merge the chosen, U undo a merge. A question
 * the word filter flags needs P twice. The keys act
 * on the selected row; after an action the selection stays at the same place, which is
 * now the next question. ↓ on the page's last row and ↑ on its first turn the page
 * (`turn` says whether there was one).
 */
export function useQueueKeys(
  rows: Question[],
  moderate: Moderate,
  open: { floor: () => void; search: () => void },
  topicIds: readonly string[],
  merge: Merge,
  mergeOf: (q: Question) => RowMergeInfo,
  isFlagged: (q: Question) => boolean,
  turn: (delta: -1 | 1) => boolean,
) {
  const [wanted, setSelected] = useState(0);
  const [dismissing, setDismissing] = useState<string | null>(null);
  // A flagged question is projected only on a second P (or click): the first one arms it.
  const [armed, setArmed] = useState<string | null>(null);
  // The list shrinks as questions leave it: the selection stays on the last row then.
  const selected = Math.min(wanted, Math.max(0, rows.length - 1));
  const state = useRef({ rows, selected, moderate, open, topicIds, merge, mergeOf, isFlagged, armed, turn });
  useEffect(() => {
    state.current = { rows, selected, moderate, open, topicIds, merge, mergeOf, isFlagged, armed, turn };
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A dialog (a floor question being logged) owns the keyboard while it is open.
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      const { rows: list, selected: i, moderate: m } = state.current;
      const key = e.key.toLowerCase();
      if (key === SHORTCUTS.merge) state.current.merge.merge();
      else if (key === SHORTCUTS.floor) state.current.open.floor();
      else if (key === SHORTCUTS.search) state.current.open.search();
      else if (key === 'arrowdown' || key === 'j') {
        if (i < list.length - 1) setSelected(i + 1);
        else if (state.current.turn(1)) setSelected(0);
      } else if (key === 'arrowup' || key === 'k') {
        if (i > 0) setSelected(i - 1);
        // The page before is a full one: its last row (the selection is clamped to the rows).
        else if (state.current.turn(-1)) setSelected(Number.MAX_SAFE_INTEGER);
      } else {
        const q = list[i];
        if (!q) return;
        if (key === SHORTCUTS.dismiss && canMove(q.status, 'dismiss')) setDismissing(q.id);
        else if (key === SHORTCUTS.approve) m.act(q.id, 'approve');
        else if (key === SHORTCUTS.project && state.current.isFlagged(q) && state.current.armed !== q.id)
          setArmed(q.id);
        else if (key === SHORTCUTS.project) m.act(q.id, 'project');
        else if (key === SHORTCUTS.restore) m.act(q.id, 'restore');
        else if (/^[1-9]$/.test(key) && state.current.topicIds[Number(key) - 1])
          m.tag(q.id, state.current.topicIds[Number(key) - 1]!);
        else if (!mergeKey(key, state.current.mergeOf(q), q)) return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return { selected, select: setSelected, dismissing, setDismissing, armed, setArmed };
}

/** S, D and U on the selected row; false when the key is none of them (or does not apply). */
function mergeKey(key: string, info: RowMergeInfo, q: Question): boolean {
  if (key === SHORTCUTS.pick) info.merge.toggle(q);
  else if (key === SHORTCUTS.duplicates && info.group) info.merge.pickAll(info.group);
  else if (key === SHORTCUTS.unmerge && info.asked > 1) info.merge.undo(q.id);
  else return false;
  return true;
}
