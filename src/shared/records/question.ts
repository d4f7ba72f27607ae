import { z } from 'zod';
import { TOPICS_MAX } from './topic';
import { audioSeconds, contentLang, isoInstant, name, recordId, sha256Hex, synced, text } from './fields';

/**
 * Every status, in the order the console and the reports list them. `merged`: the same
 * question as another one (`mergedInto`), kept whole (text or voice) so a merge can be undone.
 */
export const QUESTION_STATUSES = ['pending', 'approved', 'on_stage', 'answered', 'dismissed', 'merged'] as const;
export const questionStatus = z.enum(QUESTION_STATUSES);
export type QuestionStatus = z.infer<typeof questionStatus>;

/**
 * Where a question came from: the attendee kiosk, an attendee's phone on the local
 * network, or the floor — asked aloud and logged by the facilitator. Optional: records of
 * kiosks older than this field mean kiosk.
 */
export const QUESTION_SOURCES = ['kiosk', 'floor', 'phone'] as const;
export const questionSource = z.enum(QUESTION_SOURCES);
export type QuestionSource = z.infer<typeof questionSource>;
/** As the facilitator saw the asker (both optional, never required for a floor question). */
export const ASKER_GENDERS = ['woman', 'man'] as const;
export const ASKER_AGES = ['youth', 'adult'] as const;
export type AskerGender = (typeof ASKER_GENDERS)[number];
export type AskerAge = (typeof ASKER_AGES)[number];

/** A record without `source` was made by a kiosk before floor questions existed. */
export const sourceOf = (q: { source?: QuestionSource }): QuestionSource => q.source ?? 'kiosk';

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
