import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  isIsoDay,
  localToday,
  splitNames,
  type ScreeningDraft,
} from '../../../src/renderer/src/features/screening/screening-input';

const DRAFT: ScreeningDraft = {
  town: '  Kolda ',
  venue: 'Maison   des jeunes',
  region: '',
  country: 'Sénégal',
  date: '2026-11-16',
  facilitators: 'Awa Diallo, Moussa Ndiaye\nKhady Fall',
  panelists: '',
  filmId: 'sample',
};

describe('the new-screening form check', () => {
  it('tidies what was typed into a record (spaces, NFC, names list)', () => {
    const res = checkDraft({ ...DRAFT, town: 'Nde\u0308nd' });
    expect(res).toEqual({
      ok: true,
      value: {
        place: { town: 'Ndënd', venue: 'Maison des jeunes', region: '', country: 'Sénégal' },
        date: '2026-11-16',
        facilitators: ['Awa Diallo', 'Moussa Ndiaye', 'Khady Fall'],
        panelists: [],
        filmId: 'sample',
      },
    });
  });

  it('accepts Wolof letters, apostrophes and hyphens in names and places', () => {
    expect(
      checkDraft({ ...DRAFT, town: 'Ñaari Ŋoon', venue: "Pénc mi (M'bour)", facilitators: 'Jënd-Bi Ndóye' }).ok,
    ).toBe(true);
  });

  it.each([
    ['town', { town: 'K'.repeat(2000) }, 'tooLong'],
    ['town', { town: 'Kolda 🎬' }, 'badCharacters'],
    ['venue', { venue: '<script>alert(1)</script>' }, 'badCharacters'],
    ['venue', { venue: '   ' }, 'required'],
    ['country', { country: 'Sénégal\u0000' }, 'badCharacters'],
    ['date', { date: '2026-02-30' }, 'badDate'],
    ['date', { date: '16/11/2026' }, 'badDate'],
    ['facilitators', { facilitators: ' , ; ' }, 'required'],
    ['facilitators', { facilitators: Array.from({ length: 13 }, (_, i) => `N${i}`).join(',') }, 'tooMany'],
    ['panelists', { panelists: 'Fatou, 🙂' }, 'badCharacters'],
    ['filmId', { filmId: '' }, 'required'],
  ] as const)('refuses %s %j as %s', (field, change, error) => {
    const res = checkDraft({ ...DRAFT, ...change });
    expect(res.ok ? null : res.errors[field]).toBe(error);
  });

  it('reports every bad field at once', () => {
    const res = checkDraft({ ...DRAFT, town: '', venue: '<b>', facilitators: '' });
    expect(res.ok ? null : Object.keys(res.errors).sort()).toEqual(['facilitators', 'town', 'venue']);
  });
});

describe('dates and names', () => {
  it('takes real calendar days only', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('1999-12-31')).toBe(false);
  });

  it('gives today in local time, not UTC (evening in Dakar is still today)', () => {
    expect(localToday(new Date(2026, 10, 16, 23, 30))).toBe('2026-11-16');
  });

  it('splits names on commas, semicolons and lines', () => {
    expect(splitNames('A; B,\n C ,,')).toEqual(['A', 'B', 'C']);
  });
});
