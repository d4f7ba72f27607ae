import type { Change } from '../../../src/shared/sync-protocol';

export { audioOf } from '../../../src/shared/records';

/**
 * A change whose payload its table's schema (src/shared/records, strict: an unknown
 * field is refused) has parsed, and whose envelope agrees with it.
 */
export type ValidChange = Change;

/** Checks that a parsed change's envelope agrees with its payload; returns a reason or the change. */
export function validateChange(change: Change): { ok: true; change: ValidChange } | { ok: false; reason: string } {
  const p = change.payload;
  if (p.id !== change.recordId) return { ok: false, reason: `${change.table}: payload id differs from recordId` };
  if (change.table === 'events') {
    if (change.rev !== 1) return { ok: false, reason: 'events are append-only (rev 1)' };
  } else if (change.payload.rev !== change.rev) {
    return { ok: false, reason: `${change.table}: payload rev differs from rev` };
  }
  return { ok: true, change };
}

/** The screening a record belongs to (for exports); a screening is its own. */
export function screeningOf(c: ValidChange): string {
  return c.table === 'screenings' ? c.recordId : c.payload.screeningId;
}
