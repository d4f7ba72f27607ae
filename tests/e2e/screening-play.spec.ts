import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, KOLDA_SCREENING } from './support/console-page';
import { eventTypes } from './support/db-rows';
import { consoleAndStage, StagePage } from './support/stage-page';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

test('the sample film plays on the stage, driven from the console, with Wolof subtitles', async ({ context }) => {
  const consolePage = await context.newPage();
  const errors = collectErrors(consolePage);
  const console = new ConsolePage(consolePage);
  await console.goto();
  await console.createScreening(KOLDA_SCREENING);

  const stage = new StagePage(await context.newPage());
  errors.push(...collectErrors(stage.page));
  await stage.goto();
  await expect(consolePage.getByText('L’écran de projection est ouvert.')).toBeVisible();

  await console.startFilm();
  await expect(stage.video).toBeAttached();
  // It plays: the position advances and the element reports no media error.
  await expect.poll(() => stage.time(), { timeout: 15_000 }).toBeGreaterThan(1.5);
  expect((await stage.state()).error).toBeNull();
  await expect(stage.page.locator('.stage button, .stage input')).toHaveCount(0);
  // The console sees where the stage is.
  await expect(console.playback.getByTestId('film-position')).not.toHaveText('0:00');

  // French subtitles by default; Wolof on request, at a known cue.
  await console.seekTo(35);
  await expect
    .poll(async () => (await stage.state()).showing.fr)
    .toEqual(['Dans le désert, nous avons eu soif et peur.']);
  await console.subtitles('Wolof');
  await expect
    .poll(async () => (await stage.state()).showing)
    .toEqual({ wo: ['Ci màndiŋ mi, mar ak ragal jàpp nañu nu.'] });
  await console.subtitles('Aucun');
  await expect.poll(async () => (await stage.state()).showing).toEqual({});

  await console.pause();
  await expect.poll(async () => (await stage.state()).paused).toBe(true);
  const pausedAt = await stage.time();
  await console.play();
  await expect.poll(() => stage.time()).toBeGreaterThan(pausedAt + 0.5);

  await console.playback.getByLabel('Volume').fill('40');
  await expect.poll(async () => (await stage.state()).volume).toBeCloseTo(0.4);

  // Near the end, the film finishes by itself and the screening moves to the debate.
  await console.seekTo(77);
  await expect(console.phase).toHaveText('Débat', { timeout: 15_000 });
  await expect(stage.video).toHaveCount(0);
  expect(await eventTypes(consolePage)).toEqual([
    'phase:setup',
    'phase:screening',
    'play',
    'seek',
    'pause',
    'play',
    'seek',
    'ended',
    'phase:debate',
  ]);
  expect(errors).toEqual([]);
});

test('the facilitator skips the rest of the film to open the debate', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.goto();
  await console.createScreening({ ...KOLDA_SCREENING, town: 'Ziguinchor', venue: 'Alliance française' });
  await console.startFilm();
  await console.skipToDebate();
  await expect(console.phase).toHaveText('Débat');
  const types = await eventTypes(page);
  expect(types.slice(-1)).toEqual(['phase:debate']);
  expect(types).not.toContain('ended');
});

test('the console switches to Wolof and back, with Wolof dates, and the stage follows', async ({ context }) => {
  const { console, stage } = await consoleAndStage(context);
  const page = console.page;
  await expect(stage.page.getByTestId('stage-date')).toHaveText('lundi 16 novembre 2026');

  await console.language('Wolof');
  await expect(page.getByRole('heading', { name: 'Wone bi leegi' })).toBeVisible();
  await expect(page.getByTestId('screening-date')).toHaveText('Altine, 16 Now, 2026');
  await expect(page.getByTestId('screening-phase')).toHaveText('Waajal');
  await expect(stage.page.getByTestId('stage-date')).toHaveText('Altine, 16 Now, 2026');
  // Ŋ and ë need Latin Extended glyphs: a bundled Noto Sans face covering them must load.
  const faces = await page.evaluate(async () =>
    (await document.fonts.load('18px "Noto Sans"', 'ŋŊë')).map((f) => f.status),
  );
  expect(faces.length).toBeGreaterThan(0);
  expect(faces.every((s) => s === 'loaded')).toBe(true);

  await console.language('Français');
  await expect(page.getByTestId('screening-date')).toHaveText('lundi 16 novembre 2026');
  await expect(stage.page.getByTestId('stage-date')).toHaveText('lundi 16 novembre 2026');
});

test('with one screen, the console projects the film itself and Escape brings the console back', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.goto();
  await console.createScreening(KOLDA_SCREENING);
  await console.startFilm();
  await expect(page.getByText('Aucun écran de projection n’est ouvert.')).toBeVisible();
  await page.getByRole('button', { name: 'Projeter sur cet écran' }).click();
  const stage = new StagePage(page);
  await expect(page).toHaveURL(/#\/stage$/);
  await expect.poll(() => stage.time(), { timeout: 15_000 }).toBeGreaterThan(1.5);
  // The audience sees no controls until the mouse moves.
  await expect(page.getByRole('button')).toHaveCount(0);
  await page.mouse.move(200, 200);
  await page.mouse.move(300, 300);
  await expect(page.getByRole('button', { name: 'Retour à la console' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/console\/screening$/);
  await expect(console.phase).toHaveText('Film en cours');
  await expect(console.playback.getByTestId('film-position')).not.toHaveText('0:00');
});
