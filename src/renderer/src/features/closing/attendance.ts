import type { Attendance, Screening } from '../../data/types';
import { updateSynced } from '../../data/write';

export const TALLIES = ['women', 'men', 'youth', 'adults'] as const;
export type Tally = (typeof TALLIES)[number];
/** More than any town hall holds; a typo beyond it is refused rather than stored. */
export const MAX_TALLY = 100_000;

const clamp = (n: number) => Math.min(MAX_TALLY, Math.max(0, Math.round(n)));

/**
 * Adds `delta` to one tally. The change is applied to what is stored (read in the same
 * transaction), so quick taps from two windows never overwrite each other; each tap is
 * saved at once (survives a power cut) and queued for sync. Works offline.
 */
export function bumpTally(screeningId: string, tally: Tally, delta: number): Promise<Screening> {
  return updateSynced('screenings', screeningId, (s) => ({
    ...s,
    attendance: { ...s.attendance, [tally]: clamp(s.attendance[tally] + delta) },
  }));
}

/** Sets one tally to a counted number (0 to MAX_TALLY). Offline; queued for sync. */
export function setTally(screeningId: string, tally: Tally, value: number): Promise<Screening> {
  return updateSynced('screenings', screeningId, (s) => ({
    ...s,
    attendance: { ...s.attendance, [tally]: clamp(value) },
  }));
}

/** Saves the facilitator's notes (NFC, as all stored text). Offline; queued for sync. */
export function saveNotes(screeningId: string, notes: string): Promise<Screening> {
  return updateSynced('screenings', screeningId, (s) => ({ ...s, notes: notes.normalize('NFC') }));
}

/** A typed tally, or null when it is not a whole number the kiosk accepts. */
export function parseTally(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,6}$/.test(t)) return null;
  const n = Number(t);
  return n <= MAX_TALLY ? n : null;
}

/** Who was reached: the two tallies count the same people, so the larger sum. */
export const reached = (a: Attendance) => Math.max(a.women + a.men, a.youth + a.adults);
