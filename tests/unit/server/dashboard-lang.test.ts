import { describe, expect, it } from 'vitest';
import { backPath } from '../../../server/src/dashboard/plugin';

describe('the dashboard’s language switch returns to', () => {
  it('the same page with its filter', () => {
    expect(backPath('/staff/screenings?town=Kolda&from=2026-06-10')).toBe(
      '/staff/screenings?town=Kolda&from=2026-06-10',
    );
    expect(backPath('/staff/audit')).toBe('/staff/audit');
  });

  it('the screenings page for anything outside the dashboard', () => {
    for (const hostile of [
      undefined,
      '',
      'https://evil.example/staff/x',
      '//evil.example/staff/',
      '/staff/../admin',
      '/staff/%2e%2e/admin',
      '/other',
      '/staff/\\evil',
      'javascript:alert(1)',
    ])
      expect(backPath(hostile)).toBe('/staff/screenings');
  });

  it('keeps markup in the query encoded, never raw', () => {
    expect(backPath('/staff/screenings?town=<script>')).toBe('/staff/screenings?town=%3Cscript%3E');
  });
});
