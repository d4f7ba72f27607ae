import type { KioskEvent } from './event';

/** The audit trail's lists and helpers without its schemas (event.ts), so a screen needs no zod for them. */

/** Why the phase changed, when it was not a plain button press. */
export const PHASE_REASONS = ['console', 'ended', 'skipped'] as const;
export type PhaseReason = (typeof PHASE_REASONS)[number];

/** Moves of a question through the debate (see MOVES in data/repos/questions). */
export const MODERATION_MOVES = ['approve', 'dismiss', 'restore', 'project', 'unproject', 'answered'] as const;
export type ModerationMove = (typeof MODERATION_MOVES)[number];

/** Audit events oldest first: by time, then by id (ids sort by creation). */
export const byTime = (a: KioskEvent, b: KioskEvent) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

/** When the debate first opened (the first move to the `debate` phase), or null. */
export function debateOpenedAt(events: readonly KioskEvent[]): string | null {
  const first = events.filter((e) => e.type === 'phase' && e.data.to === 'debate').sort(byTime)[0];
  return first?.at ?? null;
}
