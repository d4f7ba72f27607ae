import { z } from 'zod';
import { recordId, synced } from './fields';

/**
 * A "me too" from an attendee's phone on an approved question. `voter` is the phone's
 * random id (made by the phone page, not a number or a name): one vote per voter per
 * question, enforced by the phone server and by a unique index on the kiosk.
 */
export const voteSchema = z.strictObject({
  ...synced,
  screeningId: recordId,
  questionId: recordId,
  voter: z.string().regex(/^[A-Za-z0-9_-]{16,40}$/),
});
export type Vote = z.infer<typeof voteSchema>;
