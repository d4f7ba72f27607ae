import { z } from 'zod';
import { audioSeconds, contentLang, isoInstant, name, recordId, sha256Hex, synced, text } from './fields';

/** Every status, in the order the console and the reports list them. */
export const QUESTION_STATUSES = ['pending', 'approved', 'on_stage', 'answered', 'dismissed'] as const;
export const questionStatus = z.enum(QUESTION_STATUSES);
export type QuestionStatus = z.infer<typeof questionStatus>;

export const questionSchema = z.strictObject({
  ...synced,
  screeningId: recordId,
  text: text(4000),
  /** sha-256 of the recording in `blobs`, for spoken questions. */
  audioHash: sha256Hex.optional(),
  audioDurationSec: audioSeconds.optional(),
  language: contentLang,
  askerName: name.optional(),
  status: questionStatus,
  panelist: name.optional(),
  dismissReason: text(1000).optional(),
  /** ISO time of each transition, keyed by the status entered. */
  statusAt: z.partialRecord(questionStatus, isoInstant),
});
export type Question = z.infer<typeof questionSchema>;
