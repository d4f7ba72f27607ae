import { z } from 'zod';
import { audioSeconds, contentLang, isoInstant, name, recordId, sha256Hex, synced, text } from './fields';
import { FOLLOW_UPS, PLEDGE_KINDS } from './pledge-consts';

export * from './pledge-consts';

export const pledgeKind = z.enum(PLEDGE_KINDS);

export const pledgeSchema = z.strictObject({
  ...synced,
  screeningId: recordId,
  kind: pledgeKind,
  text: text(4000),
  audioHash: sha256Hex.optional(),
  audioDurationSec: audioSeconds.optional(),
  language: contentLang,
  firstName: name.optional(),
  /** Contact details exist only with recorded consent. */
  contact: z.strictObject({ name, phone: text(40), consentVersion: text(40), consentAt: isoInstant }).optional(),
  /** Set when the kiosk erased `contact` locally after its retention period (the collector keeps it). */
  contactPurgedAt: isoInstant.optional(),
  followUp: z.enum(FOLLOW_UPS),
  /** Made on an attendee's phone; absent means the kiosk. */
  source: z.enum(['kiosk', 'phone']).optional(),
});
export type Pledge = z.infer<typeof pledgeSchema>;
