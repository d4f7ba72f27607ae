import { z } from 'zod';
import { TOPICS_MAX } from './topic-consts';
import { ASKER_AGES, ASKER_GENDERS, QUESTION_SOURCES, QUESTION_STATUSES } from './question-consts';
import { audioSeconds, contentLang, isoInstant, name, recordId, sha256Hex, synced, text } from './fields';

export * from './question-consts';

export const questionStatus = z.enum(QUESTION_STATUSES);
export const questionSource = z.enum(QUESTION_SOURCES);

export const questionSchema = z.strictObject({
  ...synced,
  screeningId: recordId,
  text: text(4000),
  /** sha-256 of the recording in `blobs`, for spoken questions. */
  audioHash: sha256Hex.optional(),
  audioDurationSec: audioSeconds.optional(),
  language: contentLang,
  askerName: name.optional(),
  source: questionSource.optional(),
  askerGender: z.enum(ASKER_GENDERS).optional(),
  askerAge: z.enum(ASKER_AGES).optional(),
  /** Ids of the evening's topics the facilitator tagged it with. */
  topics: z.array(recordId).max(TOPICS_MAX).optional(),
  status: questionStatus,
  panelist: name.optional(),
  dismissReason: text(1000).optional(),
  /** The question this one was merged into (status `merged`); absent once the merge is undone. */
  mergedInto: recordId.optional(),
  /** ISO time of each transition, keyed by the status entered. */
  statusAt: z.partialRecord(questionStatus, isoInstant),
});
export type Question = z.infer<typeof questionSchema>;
