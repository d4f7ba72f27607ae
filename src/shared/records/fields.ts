import { z } from 'zod';
import { stripControls } from '../plain-text';
import { CONTENT_LANGS } from './fields-consts';

export * from './fields-consts';

/**
 * The field types every synced record is built from. Strings go through `text` only, so
 * a rule for every string a kiosk sends (length, characters) is written once, here.
 * Control characters are stripped, not refused: a kiosk may already hold text with
 * them (an attendee's paste), and an honest kiosk must never be stuck on a record.
 */
export const text = (max: number) => z.string().transform(stripControls).pipe(z.string().max(max));

/** A person's or a place's name. */
export const name = text(200);

/** One pattern (1 to 64 of these characters), not three checks: every change carries three ids. */
export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
/** Device clocks are wrong (1970, 2099…): any valid instant is accepted and its offset recorded. */
export const isoInstant = z.iso.datetime({ offset: true });
/** A calendar day, yyyy-mm-dd. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const contentLang = z.enum(CONTENT_LANGS);

/** Seconds of a recording (an hour at most) or of a film (a day at most). */
export const audioSeconds = z.number().min(0).max(3600);
export const filmSeconds = z
  .number()
  .min(0)
  .max(24 * 3600);

/** Every synced record carries `rev` (bumped on each change) and `updatedAt` (device clock). */
export const synced = {
  id: recordId,
  rev: z.number().int().positive(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
};
