import { db } from '../db';
import { newId, nowIso } from '../ids';
import type { ModerationMove } from '@shared/records';
import type { ContentLang, KioskEvent, Question, QuestionStatus } from '../types';
import { debateOpenedAt as debateOpened, REASON_MAX } from '@shared/records/constants';
import { appendEvent, eventOf, putRevisedWithEvents, revised, syncedWriteTables, updateSynced } from '../write';
import { insertWithRecording, prepareRecording, type Recording } from './blobs';
import { acceptText, optionalName, QUESTION_MAX_CHARS } from './entry-text';
import { questionTally } from './tallies';
import type { Tally } from '../tally';

/**
 * Questions of the debate. The kiosk creates them (text or a recording); the console
 * moderates them. Every write goes through the outbox in the same transaction, so it
 * syncs later; everything works offline. Every moderation step is also appended to
 * the audit trail as a `moderation` event ({questionId, action, from, to, …}).
 */

export interface NewQuestion {
  screeningId: string;
  /** Typed text; may be empty for a spoken question. */
  text: string;
  language: ContentLang;
  askerName?: string;
  audio?: Recording;
}

/**
 * Saves an attendee's question as pending, with its recording when spoken. Resolves
 * only once IndexedDB has committed (strict durability): the kiosk thanks the attendee
 * after that, never before. Rejects with EntryRejected for empty or too-long text.
 */
export async function submitQuestion(input: NewQuestion): Promise<Question> {
  const text = acceptText(input.text, QUESTION_MAX_CHARS, !input.audio);
  const askerName = optionalName(input.askerName);
  const recording = await prepareRecording(input.audio);
  const at = nowIso();
  return insertWithRecording(
    'questions',
    {
      id: newId(),
      screeningId: input.screeningId,
      text,
      language: input.language,
      status: 'pending',
      statusAt: { pending: at },
      ...(askerName ? { askerName } : {}),
    },
    recording,
  );
}

export type ModerationAction = ModerationMove;

/** Which statuses each action may start from, and where it leads. */
export const MOVES: Record<ModerationAction, { from: readonly QuestionStatus[]; to: QuestionStatus }> = {
  approve: { from: ['pending'], to: 'approved' },
  dismiss: { from: ['pending', 'approved', 'on_stage'], to: 'dismissed' },
  restore: { from: ['dismissed'], to: 'pending' },
  project: { from: ['pending', 'approved'], to: 'on_stage' },
  unproject: { from: ['on_stage'], to: 'approved' },
  answered: { from: ['on_stage', 'approved'], to: 'answered' },
};

export const REASON_MAX_CHARS = REASON_MAX;

export const canMove = (status: QuestionStatus, action: ModerationAction) => MOVES[action].from.includes(status);

function moderationTx<T>(fn: () => Promise<T>): Promise<T> {
  return db().transaction('rw', syncedWriteTables('questions'), fn);
}

/** A question moved (read in this transaction) and the audit event saying so; nothing stored yet. */
function moved(
  q: Question,
  action: ModerationAction,
  extra: { reason?: string; auto?: true },
  at: string,
): { record: Question; event: KioskEvent } {
  const to = MOVES[action].to;
  const { dismissReason: _old, ...rest } = q;
  const next = {
    ...rest,
    status: to,
    statusAt: { ...q.statusAt, [to]: at },
    ...(extra.reason ? { dismissReason: extra.reason } : {}),
  };
  const event = eventOf(q.screeningId, 'moderation', { questionId: q.id, action, from: q.status, to, ...extra });
  return { record: revised(q, next, at), event };
}

/**
 * Moves a question through the debate. A move that no longer applies (another console
 * window already did it, a double key press) changes nothing and returns the question
 * as it is. Projecting a question marks the one on stage before it as answered: one
 * question is on stage at a time. `screeningId`, the question's screening when the caller
 * knows it (the console), lets a projection read the question on stage with the question
 * itself, in one round trip instead of two one after the other.
 */
export async function moderate(
  id: string,
  action: ModerationAction,
  opts: { reason?: string; screeningId?: string } = {},
): Promise<{ question: Question; changed: boolean }> {
  const reason = action === 'dismiss' ? acceptText(opts.reason ?? '', REASON_MAX_CHARS, false) : '';
  const { screeningId } = opts;
  return moderationTx(async () => {
    const [q, onStage] = await Promise.all([
      db().questions.get(id),
      action === 'project' && screeningId ? onStageQuestion(screeningId) : undefined,
    ]);
    if (!q) throw new Error(`question ${id} not found`);
    if (!canMove(q.status, action)) return { question: q, changed: false };
    const at = nowIso();
    // Read again if the caller's screening was not the question's.
    const previous =
      action !== 'project' ? undefined : screeningId === q.screeningId ? onStage : await onStageQuestion(q.screeningId);
    const steps = [
      ...(previous ? [moved(previous, 'answered', { auto: true }, at)] : []),
      moved(q, action, reason ? { reason } : {}, at),
    ];
    // Both questions, both events and their four outbox rows in one request per table.
    await putRevisedWithEvents('questions', steps);
    return { question: steps[steps.length - 1]!.record, changed: true };
  });
}

/** Gives the question to a panelist (or takes it back with null); audited. */
export async function assignPanelist(id: string, panelist: string | null): Promise<Question> {
  return moderationTx(async () => {
    const q = await db().questions.get(id);
    if (!q) throw new Error(`question ${id} not found`);
    const next = await updateSynced('questions', id, (cur) => {
      const { panelist: _old, ...rest } = cur;
      return panelist ? { ...rest, panelist } : rest;
    });
    await appendEvent(q.screeningId, 'moderation', { questionId: id, action: 'assign', panelist });
    return next;
  });
}

/** The facilitator corrects the language a question was asked in (counters read it); audited. */
export async function setQuestionLanguage(id: string, language: ContentLang): Promise<Question> {
  return moderationTx(async () => {
    const q = await db().questions.get(id);
    if (!q) throw new Error(`question ${id} not found`);
    const next = await updateSynced('questions', id, (cur) => ({ ...cur, language }));
    await appendEvent(q.screeningId, 'moderation', {
      questionId: id,
      action: 'language',
      from: q.language,
      to: language,
    });
    return next;
  });
}

export async function getQuestion(id: string): Promise<Question | undefined> {
  return db().questions.get(id);
}

/**
 * One status of the queue, oldest first (ids sort by time), at most `limit` rows: the
 * console reads a page, never the whole table. `newestFirst` for answered/dismissed.
 */
export async function questionsByStatus(
  screeningId: string,
  status: QuestionStatus,
  limit: number,
  newestFirst = false,
): Promise<Question[]> {
  const c = db().questions.where('[screeningId+status]').equals([screeningId, status]);
  return (newestFirst ? c.reverse() : c).limit(limit).toArray();
}

export async function onStageQuestion(screeningId: string): Promise<Question | undefined> {
  return db().questions.where('[screeningId+status]').equals([screeningId, 'on_stage']).first();
}

/**
 * What the stage shows of the questions: the one on stage and the next `next` approved,
 * in one read-only transaction (one live query, one render on the projector per write).
 */
export async function stageQuestions(
  screeningId: string,
  next: number,
): Promise<{ current: Question | undefined; next: Question[] }> {
  return db().transaction('r', db().questions, async () => {
    const [current, approved] = await Promise.all([
      onStageQuestion(screeningId),
      questionsByStatus(screeningId, 'approved', next),
    ]);
    return { current, next: approved };
  });
}

export interface QuestionCounts {
  byStatus: Record<QuestionStatus, number>;
  byLanguage: Record<ContentLang, number>;
  /** Asked aloud and logged by the facilitator (source `floor`). */
  fromFloor: number;
  /** Sent from attendees' phones (source `phone`): the phone card shows it. */
  fromPhone: number;
  total: number;
}

/**
 * Counters from the screening's tally (one read, whatever the queue's length: see
 * data/tally.ts). The debate reads it once per write and hands it to every counter.
 */
export async function questionCounts(screeningId: string): Promise<QuestionCounts> {
  return countsOf(await questionTally(screeningId));
}

/** The counters of a tally already read. */
export function countsOf({ byStatus, byLanguage, fromFloor, fromPhone }: Tally): QuestionCounts {
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  return { byStatus, byLanguage, fromFloor, fromPhone, total };
}

/** When the debate first opened (the first move to the `debate` phase), for the debate clock. */
export async function debateOpenedAt(screeningId: string): Promise<string | null> {
  return debateOpened(await db().events.where('[screeningId+type]').equals([screeningId, 'phase']).toArray());
}
