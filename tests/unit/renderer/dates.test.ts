import process from 'node:process';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The module as a laptop set to `zone` starts it (its formatters are made once per run). */
async function formatDateIn(zone: string) {
  process.env.TZ = zone;
  vi.resetModules();
  const format = await import('../../../src/renderer/src/i18n/format');
  // As the kiosk does when a window or a report turns to Wolof (i18n/index.ts).
  await format.loadFormats('wo');
  return format.formatDate;
}

// A question asked at 12:00 UTC, seen on laptops set to different time zones: the Wolof
// screen must show the same local hour as the French one (Wolof dates are formatted by
// formatjs, French ones by the native Intl).
const AT = '2026-11-23T12:00:00.000Z';
const SUMMER = '2026-07-01T12:00:00.000Z';
const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe('dates in French and Wolof on any laptop clock zone', () => {
  it.each([
    ['Africa/Dakar', AT, '12:00', '23'],
    ['Africa/Lagos', AT, '13:00', '23'],
    ['America/New_York', AT, '07:00', '23'],
    ['America/New_York', SUMMER, '08:00', '1'],
    ['Pacific/Kiritimati', AT, '02:00', '24'],
  ])('%s: the local hour and day at %s', async (zone, at, hour, day) => {
    const formatDate = await formatDateIn(zone);
    const fr = formatDate(at, 'fr', 'dateTime');
    const wo = formatDate(at, 'wo', 'dateTime');
    expect(fr).toContain(hour);
    expect(wo).toContain(hour);
    expect(wo).toMatch(new RegExp(`^${day} `));
    expect(fr).toMatch(new RegExp(`^${day} `));
  });

  it('writes Wolof month names, not English ones', async () => {
    const formatDate = await formatDateIn('Africa/Dakar');
    expect(formatDate(AT, 'wo', 'date')).toBe('23 Now, 2026');
    expect(formatDate(AT, 'wo', 'day')).toBe('Altine, 23 Now, 2026');
  });
});
