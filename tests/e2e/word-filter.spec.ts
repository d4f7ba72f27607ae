import { expect, test } from '@playwright/test';
import { DebatePage } from './support/debate-page';
import { seedDebateWith } from './support/debate-rows';

const RUDE = 'Espèce de CONNARD, pourquoi tu es parti ?';
const WOLOF = 'Naka lañuy am kayit ?';

test('word filter: a flagged question arrives flagged, words marked, held back from the stage until a second click; the list is edited in Settings', async ({
  context,
}) => {
  const page = await context.newPage();
  await seedDebateWith(page, [RUDE, WOLOF]);
  const stage = await context.newPage();
  await stage.goto('#/stage');
  await page.bringToFront();
  const debate = new DebatePage(page);
  await debate.goto();

  // Never dropped: it is in the queue, flagged, the word marked.
  const rude = debate.row(RUDE);
  await expect(rude.getByRole('note')).toHaveText('Mots signalés');
  await expect(rude.locator('mark')).toHaveText(['CONNARD']);
  await expect(debate.row(WOLOF).getByRole('note')).toHaveCount(0);

  // The first click holds it back from the stage; the second, deliberate one projects it.
  await rude.getByRole('button', { name: /^Projeter/ }).click();
  await expect(rude.getByRole('button', { name: /^Projeter quand même/ })).toBeVisible();
  await expect(stage.locator('#stage-question-text')).toHaveCount(0);
  await rude.getByRole('button', { name: /^Projeter quand même/ }).click();
  await expect(stage.locator('#stage-question-text')).toHaveText(RUDE);

  // Settings: a line over 60 characters is refused and kept in the field; the new list applies.
  await page.goto('#/console/settings');
  const form = page.getByRole('form', { name: 'Filtre de mots' });
  const list = form.getByLabel('Mots et expressions signalés');
  await expect(list).toHaveValue(/connard/);
  await list.fill(`${'x'.repeat(61)}\nkayit`);
  await form.getByRole('button', { name: 'Enregistrer la liste' }).click();
  await expect(form.getByRole('alert')).toContainText('Trop long');
  await expect(list).toHaveValue(/kayit/);
  await list.fill('kayit\nconnard');
  await form.getByRole('button', { name: 'Enregistrer la liste' }).click();
  await expect(form.getByRole('status')).toHaveText('Liste enregistrée : 2 entrées.');

  // By key, the same: P once holds it back, P again projects it.
  await debate.goto();
  const wolof = debate.row(WOLOF);
  await expect(wolof.locator('mark')).toHaveText(['kayit']);
  await debate.select(WOLOF);
  await page.keyboard.press('p');
  await expect(wolof.getByRole('button', { name: /^Projeter quand même/ })).toBeVisible();
  await expect(stage.locator('#stage-question-text')).toHaveText(RUDE);
  await page.keyboard.press('p');
  await expect(stage.locator('#stage-question-text')).toHaveText(WOLOF);
});
