import { DateTimeFormat } from '@formatjs/intl-datetimeformat';
import '@formatjs/intl-datetimeformat/locale-data/wo.js';
import { FORMAT_LOCALE, type Lang } from './languages';

// Chromium (and so Electron) ships no Wolof date data: Intl.DateTimeFormat('wo') silently
// answers in English. The locale data above parks itself on a global when the native
// Intl is in place; hand it to the formatjs class, which we use for Wolof only.
const parked = (globalThis as { __FORMATJS_DATETIMEFORMAT_DATA__?: unknown[] }).__FORMATJS_DATETIMEFORMAT_DATA__;
for (const data of parked ?? [])
  (DateTimeFormat as unknown as { __addLocaleData(d: unknown): void }).__addLocaleData(data);

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
    f =
      lang === 'wo'
        ? (new DateTimeFormat('wo', { ...OPTIONS[style], timeZone: 'UTC' }) as unknown as Intl.DateTimeFormat)
        : new Intl.DateTimeFormat(FORMAT_LOCALE[lang], OPTIONS[style]);
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

/** Whole numbers with the language's grouping (fr-SN uses a narrow no-break space). */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'wo' ? 'fr-SN' : FORMAT_LOCALE[lang]).format(n);
}

/** `h:mm:ss` or `m:ss` for film positions and timers: language-neutral. */
export function formatClock(totalSec: number): string {
  const s = Math.max(0, Math.floor(totalSec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
