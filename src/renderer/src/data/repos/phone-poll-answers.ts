import type { PhoneEntry } from '@shared/phone-entry';
import { db } from '../db';
import { insertSynced } from '../write';
import { sha256Hex } from './blobs';

type PollAnswerEntry = Extract<PhoneEntry, { kind: 'pollAnswer' }>;

/** Why a phone's poll answer is not stored (it is acknowledged all the same: resending changes nothing). */
export class PhoneAnswerRefused extends Error {
  constructor(readonly problem: 'not_open' | 'unknown_option' | 'other_screening') {
    super(`phone poll answer refused: ${problem}`);
    this.name = 'PhoneAnswerRefused';
  }
}

/**
 * A phone's answer is keyed by its phone and poll together (hashed: the phone id is not
 * stored, and one phone's answers to two polls cannot be linked), so a second answer from
 * the same phone, under any entry id, hits the same key and changes nothing.
 */
export async function phoneAnswerId(e: PollAnswerEntry): Promise<string> {
  const digest = await sha256Hex(new TextEncoder().encode(`poll:${e.body.pollId}:${e.body.phoneId}`).buffer);
  return `${e.body.pollId}-ph-${digest.slice(0, 16)}`;
}

/**
 * How long after the console's "Fermer" the phone server may still take answers: the close
 * reaches it by IPC (or a local request) a moment later, and a phone it told "received" in
 * that moment must not have its answer dropped. Receipt times are the laptop's own clock.
 */
export const PHONE_CLOSE_GRACE_MS = 2_000;

/** Whether the phone server received this answer before it could have heard of the close. */
function receivedWhileOpen(at: string, closedAt: string | undefined): boolean {
  if (closedAt === undefined) return false;
  return Date.parse(at) <= Date.parse(closedAt) + PHONE_CLOSE_GRACE_MS;
}

/**
 * Stores one phone answer (channel 'phone', count 1) with its outbox change, inside the
 * caller's transaction (polls, pollAnswers, outbox). The phone server only took it while
 * the poll was open as far as it knew, so a poll closed since (a console draining later, or
 * the close still on its way to the server) counts it if it arrived before the close or in
 * the moment after; another screening's poll never does.
 */
export async function applyPhoneAnswer(e: PollAnswerEntry, id: string): Promise<void> {
  const poll = await db().polls.get(e.body.pollId);
  if (!poll || poll.screeningId !== e.screeningId) throw new PhoneAnswerRefused('other_screening');
  const openThen = poll.state === 'open' || receivedWhileOpen(e.at, poll.closedAt);
  if (!openThen || poll.state === 'draft') throw new PhoneAnswerRefused('not_open');
  if (!poll.options.some((o) => o.id === e.body.optionId)) throw new PhoneAnswerRefused('unknown_option');
  await insertSynced('pollAnswers', {
    id,
    screeningId: poll.screeningId,
    pollId: poll.id,
    optionId: e.body.optionId,
    channel: 'phone',
    count: 1,
  });
}
