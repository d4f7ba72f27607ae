import { DateTimeFormat } from '@formatjs/intl-datetimeformat';
import '@formatjs/intl-datetimeformat/locale-data/wo.js';

// Chromium (and so Electron) ships no Wolof date data: Intl.DateTimeFormat('wo') silently
// answers in English. The locale data above parks itself on a global when the native
// Intl is in place; hand it to the formatjs class, which we use for Wolof only.
// This module is its own chunk (format.ts loads it with the Wolof strings): a French
// window never parses the polyfill nor its data.
const parked = (globalThis as { __FORMATJS_DATETIMEFORMAT_DATA__?: unknown[] }).__FORMATJS_DATETIMEFORMAT_DATA__;
for (const data of parked ?? [])
  (DateTimeFormat as unknown as { __addLocaleData(d: unknown): void }).__addLocaleData(data);

/** A Wolof formatter; dates are given to it as UTC wall-clock times (see format.ts). */
export function wolofFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new DateTimeFormat('wo', { ...options, timeZone: 'UTC' }) as unknown as Intl.DateTimeFormat;
}
