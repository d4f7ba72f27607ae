import { expect, test } from 'vitest';
import { submitQuestion } from '../../../src/renderer/src/data/repos/questions';
import { createScreening } from '../../../src/renderer/src/data/repos/screenings';
import { enrollKiosk } from '../../../src/renderer/src/features/sync/device';
import { SyncEngine } from '../../../src/renderer/src/features/sync/engine';
import { enrollmentCode, freshKiosk, harness, newCollector } from './sync-support';

// From the Big List of Naughty Strings: a kiosk stores what an attendee typed, escapes and bells included.
const TYPED = 'Roses are \u001b[0;31mred\u001b[0m,\nviolets\tare blue\u0007\u0000';

test('a question typed with control characters syncs; the collector keeps it without them, line breaks and tabs kept', async () => {
  freshKiosk();
  const c = await newCollector();
  await enrollKiosk(c.url, await enrollmentCode(c.id), 'Kolda');
  const s = await createScreening({
    place: { town: 'Kolda', venue: 'Foyer', region: 'Kolda', country: 'Sénégal' },
    date: '2026-06-06',
    facilitators: ['Awa Ndiaye'],
    panelists: [],
    filmId: 'sample',
  });
  const q = await submitQuestion({ screeningId: s.id, text: TYPED, language: 'fr' });
  expect(await new SyncEngine().syncNow()).toMatchObject({ ok: true });
  const stored = await harness<{ text: string }>(`collectors/${c.id}/record`, { table: 'questions', id: q.id });
  expect(stored.text).toBe('Roses are [0;31mred[0m,\nviolets\tare blue');
});
