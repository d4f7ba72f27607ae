import { z } from 'zod';
import { isoDate, isoInstant, name, recordId, synced, text } from './fields';
import { topicSchema } from './topic';
import { TOPICS_MAX } from './topic-consts';
import { PHASES } from './screening-consts';

export * from './screening-consts';

export const phase = z.enum(PHASES);

export const placeSchema = z.strictObject({ town: name, venue: name, region: name, country: name });
export type Place = z.infer<typeof placeSchema>;

const head = z.number().int().min(0).max(1_000_000);
export const attendanceSchema = z.strictObject({ women: head, men: head, youth: head, adults: head });
export type Attendance = z.infer<typeof attendanceSchema>;

export const screeningSchema = z.strictObject({
  ...synced,
  kioskId: recordId,
  place: placeSchema,
  /** The date the facilitator confirmed (ISO date), separate from the device clock. */
  date: isoDate,
  startedAt: isoInstant.optional(),
  endedAt: isoInstant.optional(),
  phase,
  filmId: text(64),
  facilitators: z.array(name).max(50),
  panelists: z.array(name).max(50),
  attendance: attendanceSchema,
  notes: text(20_000),
  /** The evening's topics; absent means the built-in starting set (older kiosks too). */
  topics: z.array(topicSchema).max(TOPICS_MAX).optional(),
});
export type Screening = z.infer<typeof screeningSchema>;
