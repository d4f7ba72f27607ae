import { encodeTime } from 'ulid';
import type { PhoneEntry } from '@shared/phone-entry';
import { db } from '../db';
import type { Question, Vote } from '../types';
import { insertSynced, outboxEntry } from '../write';
import { prepareRecording, putBlob, sha256Hex, type PreparedRecording, type Recording } from './blobs';
import { acceptText, EntryRejected, optionalName, QUESTION_MAX_CHARS } from './entry-text';
import { submitPledge } from './pledges';
import { applyPhoneAnswer, PhoneAnswerRefused, phoneAnswerId } from './phone-poll-answers';

/**
 * Writes what phones sent (drained from the platform's journal) through the data module:
 * each record with its outbox entry in one transaction. The record id is derived from
 * the laptop's receipt time and the phone-made id, so it sorts with the kiosk's own
 * questions (a phone's clock is never trusted) and applying an entry twice — after a
 * crash between this write and the journal's ack — hits the same key and changes nothing.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

async function recordIdFor(entry: PhoneEntry): Promise<string> {
  if (entry.kind === 'pollAnswer') return phoneAnswerId(entry);
  const digest = await sha256Hex(new TextEncoder().encode(`${entry.kind}:${entry.body.id}`).buffer);
  let random = '';
  for (let i = 0; i < 16; i++) random += CROCKFORD[parseInt(digest.slice(i * 2, i * 2 + 2), 16) % 32];
  const at = Date.parse(entry.at);
  return encodeTime(Number.isFinite(at) && at > 0 ? at : Date.now(), 10) + random;
}

/** What became of one entry: written now, written before (a replay), or refused by the kiosk's rules. */
export type Applied = 'written' | 'already' | 'refused';

async function applyOne(entry: PhoneEntry, id: string, recording?: PreparedRecording): Promise<void> {
  if (entry.kind === 'voice') {
    // The kiosk's own spoken question: no text, the recording, pending like any other.
    if (!recording) throw new EntryRejected('empty');
    await putBlob(recording.row);
    const at = entry.at;
    await insertSynced('questions', {
      id,
      screeningId: entry.screeningId,
      text: '',
      language: entry.body.language,
      status: 'pending',
      statusAt: { pending: at },
      source: 'phone',
      ...recording.fields,
    } satisfies Omit<Question, 'rev' | 'createdAt' | 'updatedAt'>);
  } else if (entry.kind === 'question') {
    const b = entry.body;
    const at = entry.at;
    await insertSynced('questions', {
      id,
      screeningId: entry.screeningId,
      text: acceptText(b.text, QUESTION_MAX_CHARS),
      language: b.language,
      status: 'pending',
      statusAt: { pending: at },
      source: 'phone',
    } satisfies Omit<Question, 'rev' | 'createdAt' | 'updatedAt'>);
  } else if (entry.kind === 'pledge') {
    const b = entry.body;
    const firstName = optionalName(b.firstName);
    await submitPledge({
      id,
      source: 'phone',
      screeningId: entry.screeningId,
      kind: b.kind,
      text: b.text,
      language: b.language,
      ...(firstName ? { firstName } : {}),
      ...(b.contact ? { contact: b.contact } : {}),
    });
  } else if (entry.kind === 'pollAnswer') {
    await applyPhoneAnswer(entry, id);
  } else {
    const at = entry.at;
    const vote: Vote = {
      id,
      rev: 1,
      createdAt: at,
      updatedAt: at,
      screeningId: entry.screeningId,
      questionId: entry.body.questionId,
      voter: entry.body.phoneId,
    };
    await db().transaction('rw', db().votes, db().outbox, async () => {
      await db().votes.add(vote);
      await db().outbox.add(outboxEntry('votes', vote, 1, at));
    });
  }
}

/**
 * Which entries of a batch are already stored (a replay, the same phone's second vote on
 * a question, or its second answer to a poll: that id is the phone+poll key), in a few
 * bulk reads rather than one query per entry: a drain of 200 entries must not make 200
 * round trips while phones wait for "saved".
 */
async function storedKeys(entries: PhoneEntry[], ids: string[]): Promise<Set<string>> {
  const of = (kinds: PhoneEntry['kind'][]) => ids.filter((_, i) => kinds.includes(entries[i]!.kind));
  const pairs = entries.flatMap((e) => (e.kind === 'vote' ? [[e.body.questionId, e.body.phoneId]] : []));
  const [questions, pledges, votes, answers, sameVoter] = await Promise.all([
    db().questions.bulkGet(of(['question', 'voice'])),
    db().pledges.bulkGet(of(['pledge'])),
    db().votes.bulkGet(of(['vote'])),
    db().pollAnswers.bulkGet(of(['pollAnswer'])),
    pairs.length ? db().votes.where('[questionId+voter]').anyOf(pairs).toArray() : Promise.resolve([]),
  ]);
  const keys = new Set<string>();
  for (const r of [...questions, ...pledges, ...votes, ...answers]) if (r) keys.add(r.id);
  for (const v of sameVoter) keys.add(`${v.questionId}|${v.voter}`);
  return keys;
}

const voteKey = (e: PhoneEntry) => (e.kind === 'vote' ? `${e.body.questionId}|${e.body.phoneId}` : null);

/**
 * Applies entries in order, in one transaction (one flush to disk for the batch, not one
 * per entry: 200 phones at once must not queue behind fsyncs); resolves with each entry's
 * outcome, keyed by the phone-made id. Ids are hashed before the transaction opens.
 */
export async function applyPhoneEntries(
  entries: PhoneEntry[],
  recordings: ReadonlyMap<string, Recording> = new Map(),
): Promise<Map<string, Applied>> {
  const ids = await Promise.all(entries.map(recordIdFor));
  // Spoken questions' bytes are hashed before the transaction too (WebCrypto would end it).
  const prepared = new Map<string, PreparedRecording>();
  for (const e of entries) {
    const r = e.kind === 'voice' ? await prepareRecording(recordings.get(e.body.id)) : undefined;
    if (r) prepared.set(e.body.id, r);
  }
  const d = db();
  const tables = [d.questions, d.pledges, d.votes, d.blobs, d.polls, d.pollAnswers, d.outbox];
  return d.transaction('rw', tables, async () => {
    const done = new Map<string, Applied>();
    const stored = await storedKeys(entries, ids);
    for (const [i, entry] of entries.entries()) {
      const pair = voteKey(entry);
      if (done.has(entry.body.id) || stored.has(ids[i]!) || (pair && stored.has(pair))) {
        done.set(entry.body.id, done.get(entry.body.id) ?? 'already');
        continue;
      }
      try {
        await applyOne(entry, ids[i]!, prepared.get(entry.body.id));
        stored.add(ids[i]!);
        if (pair) stored.add(pair);
        done.set(entry.body.id, 'written');
      } catch (err) {
        if (err instanceof EntryRejected || err instanceof PhoneAnswerRefused) done.set(entry.body.id, 'refused');
        else throw err;
      }
    }
    return done;
  });
}

/**
 * "Me too" counts of a screening's questions, from the votes table. One read of them all
 * (getAll): a cursor took one round trip per vote, and the stage and the phones' list
 * re-read them on every projection.
 */
export async function voteCounts(screeningId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const v of await db().votes.where('screeningId').equals(screeningId).toArray())
    counts.set(v.questionId, (counts.get(v.questionId) ?? 0) + 1);
  return counts;
}
