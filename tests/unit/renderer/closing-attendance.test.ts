import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/renderer/src/data/db';
import { createScreening, getScreening } from '../../../src/renderer/src/data/repos/screenings';
import { bumpTally, parseTally, saveNotes, setTally } from '../../../src/renderer/src/features/closing/attendance';
import { freshDb } from './reports-fixture';

beforeEach(freshDb);
afterEach(() => vi.useRealTimers());

const newScreening = () =>
  createScreening({
    place: { town: 'Kolda', venue: 'Foyer', region: 'Kolda', country: 'Sénégal' },
    date: '2026-06-06',
    facilitators: [],
    panelists: [],
    filmId: 'sample',
  });

describe('attendance tallies', () => {
  it('keeps every one of many quick taps, each queued for sync', async () => {
    const s = await newScreening();
    const before = await db().outbox.count();
    await Promise.all(Array.from({ length: 25 }, () => bumpTally(s.id, 'women', 1)));
    await bumpTally(s.id, 'women', -1);
    await setTally(s.id, 'youth', 40);
    const after = (await getScreening(s.id))!;
    expect(after.attendance).toEqual({ women: 24, men: 0, youth: 40, adults: 0 });
    expect(after.rev).toBe(s.rev + 27);
    expect((await db().outbox.count()) - before).toBe(27);
  });

  it('never goes below zero', async () => {
    const s = await newScreening();
    await bumpTally(s.id, 'men', -1);
    expect((await getScreening(s.id))!.attendance.men).toBe(0);
  });

  it('accepts typed whole numbers only', () => {
    expect(parseTally(' 120 ')).toBe(120);
    expect(parseTally('0')).toBe(0);
    for (const bad of ['', '4,5', '-3', '1e3', 'douze', '100001', '12 000']) expect(parseTally(bad), bad).toBeNull();
  });

  it('stores notes NFC-normalised', async () => {
    const s = await newScreening();
    await saveNotes(s.id, 'Salle pleine, ne\u0308ex na');
    expect((await getScreening(s.id))!.notes).toBe('Salle pleine, nëex na');
  });
});
