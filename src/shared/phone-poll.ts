import { z } from 'zod';
import { POLL_ICONS, POLL_KINDS, POLL_OPTION_MAX, POLL_OPTIONS_MAX, POLL_QUESTION_MAX, recordId } from './records';

/**
 * What phones are shown of the poll open now: its question and options (icon, label),
 * and their pictures, nothing else — no counts (results stay hidden until the facilitator reveals them on
 * the stage), no other poll. `labels` carries an option's wording per phone language
 * where the kiosk has one (a yes/no left at "Oui"/"Non" reads "Waaw"/"Déedéet" in Wolof).
 */
const label = z.string().max(POLL_OPTION_MAX * 2);
export const phonePollSchema = z.strictObject({
  id: recordId,
  screeningId: recordId,
  kind: z.enum(POLL_KINDS),
  language: z.enum(['fr', 'wo', 'other']),
  question: z.string().max(POLL_QUESTION_MAX * 2),
  options: z
    .array(
      z.strictObject({
        id: recordId,
        icon: z.enum(POLL_ICONS),
        /** The picture's SVG path (the kiosk's own drawing), so the phone page carries no icon set. */
        path: z
          .string()
          .max(600)
          .regex(/^[MmLlHhVvCcSsQqTtAaZz0-9 .,-]*$/),
        label,
        labels: z.strictObject({ fr: label, wo: label }).optional(),
      }),
    )
    .max(POLL_OPTIONS_MAX),
});
export type PhonePoll = z.infer<typeof phonePollSchema>;
