import { isMergeable, isMergeTarget, MERGE_MAX, MERGEABLE } from '@shared/records/constants';
import { suggestDuplicates } from '@shared/duplicates';
import { db } from '../db';
import { nowIso } from '../ids';
import type { Question, QuestionStatus } from '../types';
import { appendEvent, syncedWriteTables, updateSynced } from '../write';
import { acceptText, optionalName } from './entry-text';
import { REASON_MAX_CHARS } from './questions';

export type MergeProblem = 'nothing' | 'over_max' | 'into_itself' | 'into_dismissed' | 'into_merged' | 'not_found';

/** A merge the queue cannot make, with the reason to show in the facilitator's language. */
export class MergeRejected extends Error {
  constructor(readonly problem: MergeProblem) {
    super(`merge rejected: ${problem}`);
    this.name = 'MergeRejected';
  }
}

/** Who merged and why, for the audit trail (both optional). */
export interface MergeNote {
  by?: string;
  reason?: string;
}

/**
 * Merges duplicates into the question kept. Each duplicate keeps its text and voice and
 * becomes `merged` (`mergedInto` the one kept); one `merge` event lists them with the
 * status each left, who and why. One transaction with the outbox: synced, works offline.
 * A duplicate that already has its own duplicates keeps them (undo gives them back
 * together). Ones another window moved meanwhile (no longer pending or approved) are
 * left as they are and returned in `skipped`. Rejects with MergeRejected.
 */
export async function mergeQuestions(
  intoId: string,
  ids: readonly string[],
  note: MergeNote = {},
): Promise<{ merged: string[]; skipped: string[] }> {
  const wanted = [...new Set(ids)];
  if (wanted.includes(intoId)) throw new MergeRejected('into_itself');
  if (wanted.length === 0) throw new MergeRejected('nothing');
  if (wanted.length > MERGE_MAX) throw new MergeRejected('over_max');
  const extra = auditNote(note);
  return db().transaction('rw', syncedWriteTables('questions'), async () => {
    const into = await db().questions.get(intoId);
    if (!into) throw new MergeRejected('not_found');
    if (into.status === 'dismissed') throw new MergeRejected('into_dismissed');
    if (!isMergeTarget(into.status)) throw new MergeRejected('into_merged');
    const found = await db().questions.bulkGet(wanted);
    const ok = found.filter((q): q is Question => !!q && q.screeningId === into.screeningId && isMergeable(q.status));
    if (ok.length === 0) throw new MergeRejected('nothing');
    const at = nowIso();
    for (const q of ok)
      await updateSynced('questions', q.id, (cur) => ({
        ...cur,
        status: 'merged',
        mergedInto: intoId,
        statusAt: { ...cur.statusAt, merged: at },
      }));
    const questions = ok.map((q) => ({ id: q.id, from: q.status }));
    await appendEvent(into.screeningId, 'moderation', { questionId: intoId, action: 'merge', questions, ...extra });
    const merged = new Set(ok.map((q) => q.id));
    return { merged: [...merged], skipped: wanted.filter((id) => !merged.has(id)) };
  });
}

/**
 * Undoes a merge: the duplicates merged into `intoId` (all, or only `ids`) go back to the
 * status they had, with their own duplicates still attached. Audited as `unmerge`;
 * returns how many came back (0 when another window already undid it).
 */
export async function unmergeQuestions(intoId: string, ids?: readonly string[], note: MergeNote = {}): Promise<number> {
  const extra = auditNote(note);
  return db().transaction('rw', syncedWriteTables('questions'), async () => {
    const into = await db().questions.get(intoId);
    if (!into) throw new MergeRejected('not_found');
    const only = ids && new Set(ids);
    const back = (await originalsOf(intoId)).filter((q) => !only || only.has(q.id));
    for (const q of back)
      await updateSynced('questions', q.id, (cur) => {
        const {
          mergedInto: _into,
          statusAt: { merged: _at, ...statusAt },
          ...rest
        } = cur;
        return { ...rest, status: statusBefore(cur), statusAt };
      });
    if (back.length > 0) {
      const questions = back.map((q) => ({ id: q.id, from: 'merged' as const }));
      await appendEvent(into.screeningId, 'moderation', { questionId: intoId, action: 'unmerge', questions, ...extra });
    }
    return back.length;
  });
}

/** The duplicates merged straight into a question, oldest first (ids sort by time). */
export async function originalsOf(id: string): Promise<Question[]> {
  return db().questions.where('mergedInto').equals(id).sortBy('id');
}

/**
 * How many people asked each question: itself and every duplicate merged into it, at any
 * depth. Reads only merged rows, through the `mergedInto` index.
 */
export async function askedCounts(ids: readonly string[]): Promise<Map<string, number>> {
  const children = new Map<string, string[]>();
  const placed = new Set<string>();
  let frontier = [...new Set(ids)];
  while (frontier.length > 0) {
    const fresh = (await db().questions.where('mergedInto').anyOf(frontier).toArray()).filter((c) => !placed.has(c.id));
    for (const c of fresh) {
      placed.add(c.id);
      children.set(c.mergedInto!, [...(children.get(c.mergedInto!) ?? []), c.id]);
    }
    frontier = fresh.map((c) => c.id);
  }
  const size = (id: string): number => 1 + (children.get(id) ?? []).reduce((n, c) => n + size(c), 0);
  return new Map(ids.map((id) => [id, size(id)]));
}

/** How many of the oldest and of the newest questions of each waiting status the suggester reads. */
export const DUPLICATES_WINDOW = 200;

/**
 * Likely duplicates among the questions still waiting (pending and approved): for each
 * question of a group, the whole group, oldest first. Only a suggestion (see
 * suggestDuplicates). It runs again on every write, so it reads a bounded set, never the
 * whole queue: the rows on screen (`shown`) and, of each waiting status, the oldest and
 * the newest `DUPLICATES_WINDOW` (what the facilitator reaches next and what was just
 * asked). A queue shorter than that is read whole, so nothing changes there.
 */
export async function likelyDuplicates(
  screeningId: string,
  shown: readonly Question[] = [],
): Promise<Map<string, Question[]>> {
  const status = (s: QuestionStatus) => db().questions.where('[screeningId+status]').equals([screeningId, s]);
  // The queue's own index, from both ends; merged by id (ids sort by time). A status
  // shorter than the window is read whole from the oldest end: no second read of it.
  const ends = async (s: QuestionStatus) => {
    const oldest = await status(s).limit(DUPLICATES_WINDOW).toArray();
    return oldest.length < DUPLICATES_WINDOW
      ? oldest
      : [...oldest, ...(await status(s).reverse().limit(DUPLICATES_WINDOW).toArray())];
  };
  // One read-only transaction for all of them: one turn in IndexedDB.
  const parts = await db().transaction('r', db().questions, () => Promise.all(MERGEABLE.map(ends)));
  const byId = new Map([...shown.filter((q) => isMergeable(q.status)), ...parts.flat()].map((q) => [q.id, q]));
  const waiting = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  const out = new Map<string, Question[]>();
  for (const ids of suggestDuplicates(waiting)) {
    const group = ids.map((id) => byId.get(id)!);
    for (const id of ids) out.set(id, group);
  }
  return out;
}

/** The status a duplicate had before it was merged: the later of the two it can leave. */
function statusBefore(q: Question): QuestionStatus {
  const { pending = '', approved = '' } = q.statusAt;
  return approved !== '' && approved >= pending ? 'approved' : 'pending';
}

function auditNote(note: MergeNote): MergeNote {
  const by = optionalName(note.by);
  const reason = acceptText(note.reason ?? '', REASON_MAX_CHARS, false);
  return { ...(by ? { by } : {}), ...(reason ? { reason } : {}) };
}
