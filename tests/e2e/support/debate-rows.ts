import type { Page } from '@playwright/test';
import type { Rows } from './report-rows';
import { seedRows, type SeedSetting } from './seed-db';

/**
 * A screening in its debate, as the kiosk stores it, for suites that start there
 * (seeded with seedRows): the active screening, its phase events, and `pending`
 * typed questions. Plain rows, typed by the app's record types.
 */
export const DEBATE_SCREENING_ID = '01JDEBATE000000000000000S1';

export function debateTonight(pending = 0, settings: SeedSetting[] = []) {
  const t0 = Date.now() - 3_600_000;
  const at = (sec: number) => new Date(t0 + sec * 1000).toISOString();
  const sid = DEBATE_SCREENING_ID;
  const rows: Rows & { settings: SeedSetting[] } = {
    screenings: [
      {
        id: sid,
        rev: 3,
        createdAt: at(0),
        updatedAt: at(60),
        kioskId: 'K1',
        place: { town: 'Louga', venue: 'Foyer des jeunes', region: 'Louga', country: 'Sénégal' },
        date: at(0).slice(0, 10),
        startedAt: at(10),
        phase: 'debate',
        filmId: 'sample',
        facilitators: ['Awa Diallo'],
        panelists: ['Moussa Sow'],
        attendance: { women: 0, men: 0, youth: 0, adults: 0 },
        notes: '',
      },
    ],
    questions: Array.from({ length: pending }, (_, i) => ({
      id: `01JQ${String(i).padStart(22, '0')}`,
      rev: 1,
      createdAt: at(100 + i),
      updatedAt: at(100 + i),
      screeningId: sid,
      text: `Question ${i + 1} : pourquoi partir, et à quel prix ?`,
      language: i % 3 === 0 ? 'wo' : 'fr',
      status: 'pending',
      statusAt: { pending: at(100 + i) },
    })),
    pledges: [],
    events: [
      {
        id: '01JE0000000000000000000001',
        screeningId: sid,
        at: at(0),
        type: 'phase',
        data: { from: null, to: 'setup' },
      },
      {
        id: '01JE0000000000000000000002',
        screeningId: sid,
        at: at(10),
        type: 'phase',
        data: { from: 'setup', to: 'screening' },
      },
      {
        id: '01JE0000000000000000000003',
        screeningId: sid,
        at: at(60),
        type: 'phase',
        data: { from: 'screening', to: 'debate' },
      },
    ],
    settings: [{ key: 'screening.active', value: sid }, ...settings],
  };
  return rows;
}

/**
 * Opens the console and stores tonight's debate with one pending typed question per text,
 * in this order: the start of every suite that moderates a given set of questions.
 */
export async function seedDebateWith(page: Page, texts: readonly string[]): Promise<void> {
  await page.goto('#/console');
  const rows = debateTonight(texts.length);
  rows.questions.forEach((q, i) => Object.assign(q, { text: texts[i] }));
  await seedRows(page, rows);
}
