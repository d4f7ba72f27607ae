import { db } from '../db';
import { newId, nowIso } from '../ids';
import type { Prompt } from '@shared/records';
import type { Poll, PollAnswer } from '../types';
import { prepareBlob, putBlob } from './blobs';
import { insertSynced, updateSynced } from '../write';
import { cleanText } from './entry-text';
import { parseHands, pollDraftIssue, type HandsProblem, type PollDraft, type PollProblem } from './poll-input';

/**
 * Polls of a screening and their answers. Every write goes through the outbox in the
 * same transaction (it syncs later; all of it works offline). An answer is committed
 * (strict durability) before the kiosk says "thank you"; one for a poll that is not open
 * is refused, inside the transaction that would store it.
 */

export type PollRefusal = PollProblem | HandsProblem | 'not_open' | 'unknown_option' | 'not_draft' | 'not_found';

/** Thrown by a write the console or the kiosk should explain; nothing was stored. */
export class PollRejected extends Error {
  constructor(
    readonly problem: PollRefusal,
    readonly option?: number | string,
  ) {
    super(`poll rejected: ${problem}`);
    this.name = 'PollRejected';
  }
}

const tx = <T>(fn: () => Promise<T>) => db().transaction('rw', [db().polls, db().pollAnswers, db().outbox], fn);

const cleaned = (d: PollDraft): PollDraft => ({
  ...d,
  question: cleanText(d.question),
  options: d.options.map((o) => ({ ...o, label: cleanText(o.label) })),
});

async function checked(d: PollDraft): Promise<PollDraft> {
  const pair = d.pairedWith ? await db().polls.get(d.pairedWith) : undefined;
  if (d.pairedWith && !pair) throw new PollRejected('pair_phase');
  const issue = pollDraftIssue(d, pair);
  if (issue) throw new PollRejected(issue.problem, issue.option);
  return cleaned(d);
}

/** A screening's polls in the order they were made. */
export async function screeningPolls(screeningId: string): Promise<Poll[]> {
  const rows = await db().polls.where('screeningId').equals(screeningId).toArray();
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

export async function getPoll(id: string): Promise<Poll | undefined> {
  return db().polls.get(id);
}

/** A new poll, as a draft (not open yet). Rejects with PollRejected for a bad draft. */
export async function createPoll(screeningId: string, draft: PollDraft): Promise<Poll> {
  const d = await checked(draft);
  return insertSynced('polls', { id: newId(), screeningId, ...d, state: 'draft', revealed: false, onStage: false });
}

/** Several polls in one transaction (the built-in set and its before/after links). */
export async function createPolls(screeningId: string, drafts: readonly (PollDraft & { pairIndex?: number })[]) {
  return db().transaction('rw', [db().polls, db().outbox], async () => {
    const made: Poll[] = [];
    for (const { pairIndex, ...d } of drafts) {
      const pairedWith = pairIndex === undefined ? undefined : made[pairIndex]?.id;
      made.push(await createPoll(screeningId, { ...d, ...(pairedWith && { pairedWith }) }));
    }
    return made;
  });
}

/** Edits a draft; a poll that was opened keeps its wording (answers were given to it). */
export async function editPoll(id: string, draft: PollDraft): Promise<Poll> {
  const d = await checked(draft);
  return tx(async () => {
    const cur = await db().polls.get(id);
    if (!cur) throw new PollRejected('not_found');
    if (cur.state !== 'draft') throw new PollRejected('not_draft');
    return updateSynced('polls', id, (p) => {
      const { pairedWith: _old, prompt: _prompt, family: _family, ...rest } = p;
      return { ...rest, ...d };
    });
  });
}

/** Opens a poll (again): it goes on stage, results hidden; any other open poll closes. */
export async function openPoll(id: string): Promise<Poll> {
  return tx(async () => {
    const poll = await db().polls.get(id);
    if (!poll) throw new PollRejected('not_found');
    const others = await db().polls.where('screeningId').equals(poll.screeningId).toArray();
    const at = nowIso();
    for (const o of others.filter((x) => x.id !== id && (x.state === 'open' || x.onStage)))
      await updateSynced('polls', o.id, (p) => ({
        ...p,
        onStage: false,
        ...(p.state === 'open' && { state: 'closed' as const, closedAt: at }),
      }));
    return updateSynced('polls', id, (p) => ({ ...p, state: 'open', onStage: true, revealed: false, openedAt: at }));
  });
}

export async function closePoll(id: string): Promise<Poll> {
  return updateSynced('polls', id, (p) => (p.state === 'open' ? { ...p, state: 'closed', closedAt: nowIso() } : p));
}

/** Shows or hides the results on the stage (the room does not follow the first answers). */
export async function revealPoll(id: string, revealed: boolean): Promise<Poll> {
  return updateSynced('polls', id, (p) => ({ ...p, revealed, onStage: revealed ? true : p.onStage }));
}

/** Takes the poll off the stage (it stays open or closed as it was). */
export async function takeOffStage(id: string): Promise<Poll> {
  return updateSynced('polls', id, (p) => ({ ...p, onStage: false }));
}

/** The poll the stage and the kiosk show: the open one, else the one left on stage. */
export async function currentPoll(screeningId: string): Promise<Poll | undefined> {
  const polls = await db().polls.where('screeningId').equals(screeningId).toArray();
  return polls.find((p) => p.state === 'open') ?? polls.find((p) => p.onStage);
}

export async function pollAnswers(pollId: string): Promise<PollAnswer[]> {
  return db().pollAnswers.where('pollId').equals(pollId).toArray();
}

export async function screeningAnswers(screeningId: string): Promise<PollAnswer[]> {
  return db().pollAnswers.where('screeningId').equals(screeningId).toArray();
}

async function openPollFor(pollId: string): Promise<Poll> {
  const poll = await db().polls.get(pollId);
  if (!poll) throw new PollRejected('not_found');
  if (poll.state !== 'open') throw new PollRejected('not_open');
  return poll;
}

/**
 * One person's answer (kiosk, or a phone relayed by main), refused unless the poll is
 * open and the option is one of its own. Resolves once committed.
 */
export async function answerPoll(pollId: string, optionId: string, channel: 'kiosk' | 'phone'): Promise<PollAnswer> {
  return tx(async () => {
    const poll = await openPollFor(pollId);
    if (!poll.options.some((o) => o.id === optionId)) throw new PollRejected('unknown_option', optionId);
    return insertSynced('pollAnswers', {
      id: newId(),
      screeningId: poll.screeningId,
      pollId,
      optionId,
      channel,
      count: 1,
    });
  });
}

/** The show-of-hands record of one option: one per option, its count revised as retyped. */
export const handsId = (pollId: string, optionId: string) => `${pollId}-hands-${optionId}`;

/**
 * Stores the counts of a show of hands, typed per option (whole numbers, together not
 * above the attendance when it was counted). Replaces what was typed before.
 */
export async function setHands(pollId: string, typed: Record<string, string>, attendance: number) {
  const parsed = parseHands(typed, attendance);
  if (!parsed.ok) throw new PollRejected(parsed.problem, parsed.optionId);
  return tx(async () => {
    const poll = await openPollFor(pollId);
    for (const o of poll.options) {
      const id = handsId(pollId, o.id);
      const count = parsed.counts[o.id] ?? 0;
      const cur = await db().pollAnswers.get(id);
      if (!cur) {
        if (count > 0)
          await insertSynced('pollAnswers', {
            id,
            screeningId: poll.screeningId,
            pollId,
            optionId: o.id,
            channel: 'hands',
            count,
          });
      } else if (cur.count !== count) await updateSynced('pollAnswers', id, (a) => ({ ...a, count }));
    }
    return parsed.counts;
  });
}

/**
 * Stores a recorded prompt (hashed before the transaction opens) and returns what the
 * poll carries of it. A prompt whose poll is never saved stays an unreferenced blob.
 */
export async function savePrompt(data: Blob, durationSec: number): Promise<Prompt> {
  const row = await prepareBlob(data);
  await db().transaction('rw', db().blobs, () => putBlob(row));
  return { hash: row.hash, durationSec: Math.round(durationSec * 10) / 10 };
}
