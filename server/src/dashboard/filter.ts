import { z } from 'zod';
import type { ScreeningRow } from '../export/screenings';

const place = z.string().trim().max(100).optional().default('');
// Dates as the kiosk writes them; years outside 2000–2100 are a typing slip, not a campaign.
const day = z
  .string()
  .trim()
  .max(10)
  .optional()
  .default('')
  .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), {
    message: 'dates are written YYYY-MM-DD',
  })
  .refine((v) => v === '' || (v >= '2000-01-01' && v <= '2100-12-31'), {
    message: 'dates must be between 2000-01-01 and 2100-12-31',
  });

export const filterSchema = z
  .object({ country: place, region: place, town: place, kiosk: place, from: day, to: day })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: '"from" must not be after "to"' });

export type Filter = z.infer<typeof filterSchema>;
export const FILTER_KEYS = ['country', 'region', 'town', 'kiosk', 'from', 'to'] as const;
export const NO_FILTER: Filter = { country: '', region: '', town: '', kiosk: '', from: '', to: '' };

/** The filter of a query string, or the reason it cannot be used (in plain words). */
export function parseFilter(query: unknown): { ok: true; filter: Filter } | { ok: false; reason: string } {
  const picked = Object.fromEntries(
    FILTER_KEYS.map((k) => [
      k,
      typeof (query as Record<string, unknown>)?.[k] === 'string' ? (query as Record<string, string>)[k] : undefined,
    ]),
  );
  const r = filterSchema.safeParse(picked);
  if (r.success) return { ok: true, filter: r.data };
  return { ok: false, reason: r.error.issues.map((i) => i.message).join('; ') };
}

const same = (want: string, have: string) =>
  !want || want.localeCompare(have, undefined, { sensitivity: 'base' }) === 0;

/** Screenings matching the filter: places compared without case or accents, dates inclusive. */
export function applyFilter(rows: readonly ScreeningRow[], f: Filter): ScreeningRow[] {
  return rows.filter(
    (r) =>
      same(f.country, r.country) &&
      same(f.region, r.region) &&
      same(f.town, r.town) &&
      (!f.kiosk || f.kiosk === r.kioskId) &&
      (!f.from || r.date >= f.from) &&
      (!f.to || r.date <= f.to),
  );
}

/** The filter as a query string (links and export forms carry the same filter). */
export const filterQuery = (f: Filter): string =>
  new URLSearchParams(FILTER_KEYS.flatMap((k): [string, string][] => (f[k] ? [[k, f[k]]] : []))).toString();
