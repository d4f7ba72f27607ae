import { z } from 'zod';
import { stripControls, stripControlsDeep } from '../../../src/shared/plain-text';
import { isoInstant, recordId, sha256Hex, type Change, type SyncTableName } from '../../../src/shared/sync-protocol';
import { jsonBoundsProblem, PAYLOAD_BOUNDS } from './json-bounds';

/**
 * What each synced table's record may contain (mirrors src/renderer/src/data/types.ts).
 * Strict: an unknown field is refused, so nothing unexpected is stored or exported.
 */
// Stripped, not refused: a kiosk may already hold text with control characters, and it must never get stuck.
const text = (max: number) => z.string().transform(stripControls).pipe(z.string().max(max));
const name = text(200);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const lang = z.enum(['fr', 'wo', 'other']);
const synced = { id: recordId, rev: z.number().int().positive(), createdAt: isoInstant, updatedAt: isoInstant };
const statuses = ['pending', 'approved', 'on_stage', 'answered', 'dismissed'] as const;

const screening = z.strictObject({
  ...synced,
  kioskId: recordId,
  place: z.strictObject({ town: name, venue: name, region: name, country: name }),
  date: isoDate,
  startedAt: isoInstant.optional(),
  endedAt: isoInstant.optional(),
  phase: z.enum(['setup', 'screening', 'debate', 'pledges', 'closed']),
  filmId: text(64),
  facilitators: z.array(name).max(50),
  panelists: z.array(name).max(50),
  attendance: z.strictObject({
    women: z.number().int().min(0).max(1_000_000),
    men: z.number().int().min(0).max(1_000_000),
    youth: z.number().int().min(0).max(1_000_000),
    adults: z.number().int().min(0).max(1_000_000),
  }),
  notes: text(20_000),
});

const question = z.strictObject({
  ...synced,
  screeningId: recordId,
  text: text(4000),
  audioHash: sha256Hex.optional(),
  audioDurationSec: z.number().min(0).max(3600).optional(),
  language: lang,
  askerName: name.optional(),
  status: z.enum(statuses),
  panelist: name.optional(),
  dismissReason: text(1000).optional(),
  statusAt: z.partialRecord(z.enum(statuses), isoInstant),
});

const pledge = z.strictObject({
  ...synced,
  screeningId: recordId,
  kind: z.enum(['share_message', 'own_story', 'other']),
  text: text(4000),
  audioHash: sha256Hex.optional(),
  audioDurationSec: z.number().min(0).max(3600).optional(),
  language: lang,
  firstName: name.optional(),
  contact: z.strictObject({ name, phone: text(40), consentVersion: text(40), consentAt: isoInstant }).optional(),
  contactPurgedAt: isoInstant.optional(),
  followUp: z.enum(['none', 'to_contact', 'contacted']),
});

const event = z.strictObject({
  id: recordId,
  screeningId: recordId,
  at: isoInstant,
  type: text(64),
  // Free-form detail, bounded: positions, ids, reasons.
  data: z
    .record(z.string().max(64), z.unknown())
    .transform((d) => stripControlsDeep(d) as Record<string, unknown>)
    .refine((d) => JSON.stringify(d).length <= 8192, 'data over 8 KB'),
});

const SCHEMAS: Record<SyncTableName, z.ZodType<Record<string, unknown>>> = {
  screenings: screening,
  questions: question,
  pledges: pledge,
  events: event,
};

export interface ValidChange extends Change {
  payload: Record<string, unknown>;
}

/** Checks a change's payload against its table and its envelope; returns a reason or the change. */
export function validateChange(change: Change): { ok: true; change: ValidChange } | { ok: false; reason: string } {
  const tooBig = jsonBoundsProblem(change.payload, PAYLOAD_BOUNDS);
  if (tooBig) return { ok: false, reason: `${change.table} payload: ${tooBig}` };
  const parsed = SCHEMAS[change.table].safeParse(change.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(record)';
    return { ok: false, reason: `${change.table} ${where}: ${issue?.message ?? 'invalid'}` };
  }
  const p = parsed.data;
  if (p.id !== change.recordId) return { ok: false, reason: `${change.table}: payload id differs from recordId` };
  if (change.table !== 'events' && p.rev !== change.rev) {
    return { ok: false, reason: `${change.table}: payload rev differs from rev` };
  }
  if (change.table === 'events' && change.rev !== 1) return { ok: false, reason: 'events are append-only (rev 1)' };
  return { ok: true, change: { ...change, payload: p } };
}

/** The screening a record belongs to (for exports); a screening is its own. */
export function screeningOf(c: ValidChange): string {
  return c.table === 'screenings' ? c.recordId : String(c.payload.screeningId);
}

/** Audio referenced by a record, if any. */
export function audioOf(c: ValidChange): string | null {
  const h = c.payload.audioHash;
  return typeof h === 'string' ? h : null;
}
