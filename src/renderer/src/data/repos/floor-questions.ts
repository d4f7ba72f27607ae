import type { AskerAge, AskerGender } from '@shared/records';
import { db } from '../db';
import { newId, nowIso } from '../ids';
import type { ContentLang, Question } from '../types';
import { appendEvent } from '../write';
import { insertWithRecording, prepareRecording, type Recording } from './blobs';
import { acceptText, QUESTION_MAX_CHARS } from './entry-text';

/** A question asked aloud in the hall, as the facilitator logs it in a few seconds. */
export interface FloorQuestion {
  screeningId: string;
  /** The gist, typed; may be empty when a voice note carries it. */
  text: string;
  language: ContentLang;
  audio?: Recording;
  askerGender?: AskerGender;
  askerAge?: AskerAge;
}

/**
 * Logs a question from the floor: `source: 'floor'`, already approved (the facilitator
 * heard it, and it can be projected and answered like any other), audited as a
 * `moderation` event with action `floor`. One transaction with its outbox entries and
 * recording: synced later, works offline. Rejects with EntryRejected for an empty gist
 * without a voice note, or one over the question limit.
 */
export async function logFloorQuestion(input: FloorQuestion): Promise<Question> {
  const text = acceptText(input.text, QUESTION_MAX_CHARS, !input.audio);
  const recording = await prepareRecording(input.audio);
  const at = nowIso();
  const d = db();
  return d.transaction('rw', [d.questions, d.blobs, d.events, d.outbox], async () => {
    const q = await insertWithRecording(
      'questions',
      {
        id: newId(),
        screeningId: input.screeningId,
        text,
        language: input.language,
        source: 'floor',
        status: 'approved',
        statusAt: { pending: at, approved: at },
        ...(input.askerGender ? { askerGender: input.askerGender } : {}),
        ...(input.askerAge ? { askerAge: input.askerAge } : {}),
      },
      recording,
    );
    await appendEvent(input.screeningId, 'moderation', { questionId: q.id, action: 'floor', language: q.language });
    return q;
  });
}
