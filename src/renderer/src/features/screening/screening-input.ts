import type { NewScreening } from '../../data/repos/screenings';

/**
 * Checks what the facilitator typed in the new-screening form, field by field, and
 * turns it into a clean record: trimmed, single spaces, NFC (so "ë" typed two ways is
 * one letter). Pure: the form shows the errors, the tests call it directly.
 */

export const PLACE_MAX = 80;
export const NAME_MAX = 60;
export const NAMES_MAX = 12;

export type Field = 'town' | 'venue' | 'region' | 'country' | 'date' | 'facilitators' | 'panelists' | 'filmId';
export type FieldError = 'required' | 'tooLong' | 'badCharacters' | 'tooMany' | 'badDate';

export interface ScreeningDraft {
  town: string;
  venue: string;
  region: string;
  country: string;
  /** yyyy-mm-dd from the date field. */
  date: string;
  /** Names separated by commas or new lines, as typed. */
  facilitators: string;
  panelists: string;
  filmId: string;
}

export type DraftCheck = { ok: true; value: NewScreening } | { ok: false; errors: Partial<Record<Field, FieldError>> };

// Letters of any script (Wolof's ë ñ ŋ, accents), digits, spaces and the punctuation real
// place and person names use. Markup (< >), emoji and control characters are refused
// with a message rather than stored: they end up in printed reports and spreadsheets.
const NAME_CHARS = /^[\p{L}\p{M}\p{N} '’.,()/&-]+$/u;

export const clean = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function checkText(raw: string, required: boolean, max: number): FieldError | null {
  const v = clean(raw);
  if (!v) return required ? 'required' : null;
  if ([...v].length > max) return 'tooLong';
  return NAME_CHARS.test(v) ? null : 'badCharacters';
}

/** Splits a names field on commas, semicolons and new lines; empty parts are dropped. */
export const splitNames = (raw: string): string[] =>
  raw
    .split(/[,;\n]/)
    .map(clean)
    .filter(Boolean);

function checkNames(raw: string, required: boolean): FieldError | null {
  const names = splitNames(raw);
  if (names.length === 0) return required ? 'required' : null;
  if (names.length > NAMES_MAX) return 'tooMany';
  for (const n of names) {
    const e = checkText(n, true, NAME_MAX);
    if (e) return e;
  }
  return null;
}

/** A real calendar day between 2000 and 2099 (laptop clocks are wrong, but not by decades). */
export function isIsoDay(v: string): boolean {
  const m = /^(20\d\d)-(\d\d)-(\d\d)$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

export function checkDraft(d: ScreeningDraft): DraftCheck {
  const errors: Partial<Record<Field, FieldError>> = {};
  const put = (f: Field, e: FieldError | null) => {
    if (e) errors[f] = e;
  };
  put('town', checkText(d.town, true, PLACE_MAX));
  put('venue', checkText(d.venue, true, PLACE_MAX));
  put('region', checkText(d.region, false, PLACE_MAX));
  put('country', checkText(d.country, true, PLACE_MAX));
  put('date', isIsoDay(d.date) ? null : 'badDate');
  put('facilitators', checkNames(d.facilitators, true));
  put('panelists', checkNames(d.panelists, false));
  put('filmId', d.filmId ? null : 'required');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      place: { town: clean(d.town), venue: clean(d.venue), region: clean(d.region), country: clean(d.country) },
      date: d.date,
      facilitators: splitNames(d.facilitators),
      panelists: splitNames(d.panelists),
      filmId: d.filmId,
    },
  };
}

/** Today on the device's clock as yyyy-mm-dd in local time (the form lets it be corrected). */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
