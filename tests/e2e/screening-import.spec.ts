import { expect, test } from '@playwright/test';
import { FRENCH_CUES, makeMediaFixtures, WOLOF_CUES } from '../support/media-fixtures';
import { ConsolePage, KOLDA_SCREENING } from './support/console-page';
import { StagePage } from './support/stage-page';

const fx = makeMediaFixtures();

test('a film with Latin-1 French and UTF-8 Wolof subtitles is imported, listed with its duration, and plays', async ({
  context,
}) => {
  const page = await context.newPage();
  const console = new ConsolePage(page);
  await console.goto();
  await console.importFilm([fx.mp4, fx.latin1Srt, fx.wolofVtt]);
  await expect(page.getByText('Film ajouté : Témoignage de Kolda (0:03).')).toBeVisible();
  const row = console.library.getByRole('listitem').filter({ hasText: 'Témoignage de Kolda' });
  await expect(row).toContainText('0:03');
  await expect(row).toContainText('Sous-titres : Français, Wolof');
  await page.reload();
  await expect(console.library.getByRole('listitem')).toHaveCount(2);

  await page.getByLabel('Film', { exact: true }).selectOption({ label: 'Témoignage de Kolda' });
  await console.createScreening(KOLDA_SCREENING);
  const stage = new StagePage(await context.newPage());
  await stage.goto();
  await console.startFilm();
  // The Windows-1252 bytes reach the screen as the right French letters.
  await expect.poll(async () => (await stage.state()).showing.fr).toEqual([FRENCH_CUES[0]]);
  // {\an8} in the .srt: that cue sits at the top of the picture, the tag is not shown.
  expect((await stage.placement()).fr).toEqual([
    { text: FRENCH_CUES[0], line: 5, align: 'center' },
    { text: FRENCH_CUES[1], line: 'auto', align: 'center' },
  ]);
  await console.subtitles('Wolof');
  await expect.poll(async () => (await stage.state()).showing.wo, { timeout: 15_000 }).toEqual([WOLOF_CUES[1]]);
  // The .vtt's own cue settings survive the import.
  expect((await stage.placement()).wo).toEqual([
    { text: WOLOF_CUES[0], line: 'auto', align: 'center' },
    { text: WOLOF_CUES[1], line: 10, align: 'start' },
  ]);
  await expect(console.phase).toHaveText('Débat', { timeout: 15_000 });
});

test('a WebM film is imported; the sample film stays and cannot be removed; an imported one can, and its screening says so', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.goto();
  await console.importFilm([fx.webm]);
  await expect(page.getByText('Film ajouté : temoignage (0:03).')).toBeVisible();
  const sample = console.library.getByRole('listitem').first();
  await expect(sample).toContainText('Film fourni');
  await expect(sample.getByRole('button')).toHaveCount(0);
  await page.getByLabel('Film', { exact: true }).selectOption({ label: 'temoignage' });
  await console.createScreening(KOLDA_SCREENING);
  await page.getByRole('button', { name: 'Retirer « temoignage »' }).click();
  await page.getByRole('button', { name: 'Oui, retirer' }).click();
  await expect(console.library.getByRole('listitem')).toHaveCount(1);
  // The screening that used it says so instead of starting an empty stage.
  await expect(page.getByRole('alert').filter({ hasText: 'n’est plus dans la bibliothèque' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lancer le film' })).toBeDisabled();
});

const REFUSED = [
  { what: 'a text file named .mp4', files: [fx.textAsMp4], says: /il faut une vidéo MP4 \(H\.264\/AAC\) ou WebM/ },
  { what: 'a truncated MP4', files: [fx.truncatedMp4], says: /« coupé » ne peut pas être lu sur cet ordinateur/ },
  { what: 'an HEVC film', files: [fx.unsupportedCodec], says: /« hevc » ne peut pas être lu sur cet ordinateur/ },
  {
    what: 'subtitles with broken timing',
    files: [fx.mp4, fx.brokenSrt],
    says: /casse\.fr\.srt, ligne 6 : horaire invalide/,
  },
];

test('bad films and subtitles are refused with a clear message, and nothing stored is lost', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.goto();
  await console.importFilm([fx.webm]);
  await expect(console.library.getByRole('listitem')).toHaveCount(2);
  for (const bad of REFUSED) {
    await console.importFilm(bad.files);
    await expect(page.getByRole('alert').filter({ hasText: bad.says }), bad.what).toBeVisible();
    await expect(console.library.getByRole('listitem'), bad.what).toHaveCount(2);
  }
  await page.reload();
  await expect(console.library.getByRole('listitem')).toHaveCount(2);
  await expect(console.library).toContainText('temoignage');
});

test('an import cancelled halfway adds nothing', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.goto();
  await console.startImport([fx.hugeMp4]);
  // Halfway: some bytes are copied, far from all of them.
  await expect(page.getByRole('status').filter({ hasText: /Copie de très gros\.mp4 : [1-9]\d? %/ })).toBeVisible();
  await page.getByRole('button', { name: 'Annuler l’import' }).click();
  await expect(page.getByText('Import annulé : rien n’a été ajouté.')).toBeVisible();
  await expect(console.library.getByRole('listitem')).toHaveCount(1);
});

test('a full disk while copying is told plainly and nothing is lost', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.goto();
  await console.importFilm([fx.webm]);
  await expect(console.library.getByRole('listitem')).toHaveCount(2);
  // Chromium's own quota for this origin, lowered below the film's size: a real
  // QuotaExceededError from the storage layer while the bytes stream in.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 8 * 1024 * 1024 });
  await console.importFilm([fx.bigMp4]);
  await expect(page.getByRole('alert').filter({ hasText: 'Le disque est plein' })).toBeVisible();
  await expect(console.library.getByRole('listitem')).toHaveCount(2);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin });
});
