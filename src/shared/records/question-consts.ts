/** A question's lists and helpers without its schema (question.ts), so a screen needs no zod for them. */

/**
 * Every status, in the order the console and the reports list them. `merged`: the same
 * question as another one (`mergedInto`), kept whole (text or voice) so a merge can be undone.
 */
export const QUESTION_STATUSES = ['pending', 'approved', 'on_stage', 'answered', 'dismissed', 'merged'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/**
 * Where a question came from: the attendee kiosk, an attendee's phone on the local
 * network, or the floor — asked aloud and logged by the facilitator. Optional: records of
 * kiosks older than this field mean kiosk.
 */
export const QUESTION_SOURCES = ['kiosk', 'floor', 'phone'] as const;
export type QuestionSource = (typeof QUESTION_SOURCES)[number];
/** As the facilitator saw the asker (both optional, never required for a floor question). */
export const ASKER_GENDERS = ['woman', 'man'] as const;
export const ASKER_AGES = ['youth', 'adult'] as const;
export type AskerGender = (typeof ASKER_GENDERS)[number];
export type AskerAge = (typeof ASKER_AGES)[number];

/** A record without `source` was made by a kiosk before floor questions existed. */
export const sourceOf = (q: { source?: QuestionSource }): QuestionSource => q.source ?? 'kiosk';
