import type { Lang } from '../../../i18n/languages';
import { formatClock, formatDate } from '../../../i18n/format';

/** A translator fixed to the `reports` namespace and one language (i18next's getFixedT). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The words and formats a report is written in: its language may differ from the interface's. */
export interface ReportText {
  t: Translate;
  lang: Lang;
}

/**
 * What to add to a device time to get the collector's: the opposite of the clock offset
 * (device − collector, the sign used everywhere). Reports print this correction.
 */
export const clockCorrectionMs = (offsetMs: number | null): number => -(offsetMs ?? 0);

/** Device time corrected by the collector-observed offset, when there is one. */
export function correctedIso(iso: string | null | undefined, offsetMs: number | null): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return null;
  return new Date(t + clockCorrectionMs(offsetMs)).toISOString();
}

/** `1:05:00`-style duration; neutral across languages. */
export const duration = (sec: number): string => formatClock(sec);

/** A signed offset such as `+3:05` or `−0:42` (minutes:seconds; hours when needed). */
export function signedOffset(ms: number): string {
  const sign = ms < 0 ? '−' : '+';
  return `${sign}${formatClock(Math.abs(ms) / 1000)}`;
}

/** A corrected time for display, or an em dash when unknown. */
export function shownTime(iso: string | null, offsetMs: number | null, lang: Lang): string {
  const c = correctedIso(iso, offsetMs);
  return c ? formatDate(c, lang, 'dateTime') : '—';
}

/** A confirmed date (`yyyy-mm-dd`) read as that calendar day wherever the device is. */
export function shownDay(isoDate: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? formatDate(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), lang, 'date') : isoDate || '—';
}
