import { describe, expect, it } from 'vitest';
import { argSchemas, filmId, reportFileName } from '../../../src/shared/validate';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, v: unknown) => schema.safeParse(v).success;

describe('bridge argument schemas', () => {
  it('accepts film ids the library makes and refuses paths, empty and oversized ids', () => {
    expect(ok(filmId, 'sample')).toBe(true);
    expect(ok(filmId, 'mcx1k2-3f2a9b1c')).toBe(true);
    for (const bad of ['', '../media', 'a/b', 'a\\b', '.hidden', 'x'.repeat(65), 'é', 12, null])
      expect(ok(filmId, bad)).toBe(false);
  });

  it('takes exactly one id to remove a film', () => {
    expect(ok(argSchemas.mediaRemove, ['sample'])).toBe(true);
    expect(ok(argSchemas.mediaRemove, [])).toBe(false);
    expect(ok(argSchemas.mediaRemove, ['a', 'b'])).toBe(false);
  });

  it('takes a finite, positive duration under a day', () => {
    expect(ok(argSchemas.mediaSetDuration, ['sample', 80.04])).toBe(true);
    for (const d of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 24 * 3600 + 1, '80'])
      expect(ok(argSchemas.mediaSetDuration, ['sample', d])).toBe(false);
  });

  it('opens only known roles, on a display id that is a whole number', () => {
    expect(ok(argSchemas.windowsOpen, ['stage'])).toBe(true);
    expect(ok(argSchemas.windowsOpen, ['stage', 2])).toBe(true);
    for (const args of [['admin'], ['stage', -1], ['stage', 1.5], ['stage', '2'], []])
      expect(ok(argSchemas.windowsOpen, args)).toBe(false);
  });

  it('saves reports only under plain file names', () => {
    expect(ok(reportFileName, 'Rapport Kolda 2026-11-16.pdf')).toBe(true);
    for (const bad of ['../x.pdf', 'a/b.pdf', 'C:\\x.pdf', '.pdf', 'a\u0000.pdf', 'x'.repeat(121)])
      expect(ok(reportFileName, bad)).toBe(false);
    expect(ok(argSchemas.reportsSavePdf, ['rapport.csv'])).toBe(false);
    expect(ok(argSchemas.windowsSetFullscreen, ['yes'])).toBe(false);
  });
});
