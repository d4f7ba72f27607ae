import { FORMAT_LOCALE, type Lang } from './languages';
import type * as WolofDates from './wolof-dates';

let wolof: typeof WolofDates | null = null;

/**
 * Loads what `lang`'s dates are written with: nothing for French (the native Intl), the
 * formatjs polyfill and its Wolof data for Wolof. i18n/index.ts calls it before a window
 * or a report switches to the language, so formatDate below stays synchronous.
 */
export async function loadFormats(lang: Lang): Promise<void> {
  if (lang === 'wo') wolof ??= await import('./wolof-dates');
}

type Style = 'date' | 'dateTime' | 'time' | 'full' | 'day';
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
  full: { dateStyle: 'full', timeStyle: 'short' },
  // A calendar day with its weekday ("Altine, 16 Now, 2026"), for dates without a time.
  day: { dateStyle: 'full' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, style: Style): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = cache.get(key);
  if (!f) {
    if (lang === 'wo' && !wolof) throw new Error("Wolof date formats used before loadFormats('wo')");
    f =
      lang === 'wo' ? wolof!.wolofFormat(OPTIONS[style]) : new Intl.DateTimeFormat(FORMAT_LOCALE[lang], OPTIONS[style]);
    cache.set(key, f);
  }
  return f;
}

/**
 * The formatjs class knows no time zone but UTC unless fed 800 KB of zone data (which it
 * ignores when the native Intl exists). So a Wolof date is the local wall-clock time,
 * from the system's own offset at that instant (DST included), written as if it were UTC:
 * the same hour the French screen shows, whatever zone the laptop is set to.
 */
function asUtcWallClock(d: Date): Date {
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
}

/** Formats a date for the interface language, correct in Chromium as in Node. */
export function formatDate(value: Date | string | number, lang: Lang, style: Style = 'date'): string {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return '—';
  return formatter(lang, style).format(lang === 'wo' ? asUtcWallClock(d) : d);
}

const numbers = new Map<Lang, Intl.NumberFormat>();

/** Whole numbers with the language's grouping (fr-SN uses a narrow no-break space). */
export function formatNumber(n: number, lang: Lang): string {
  // Made once per language: a report formats thousands of figures and chart ticks.
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(lang === 'wo' ? 'fr-SN' : FORMAT_LOCALE[lang])));
  return f.format(n);
}

/** `h:mm:ss` or `m:ss` for film positions and timers: language-neutral. */
export function formatClock(totalSec: number): string {
  const s = Math.max(0, Math.floor(totalSec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
