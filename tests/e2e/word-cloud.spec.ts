import { expect, test } from '@playwright/test';
import { DebatePage } from './support/debate-page';
import { seedDebateWith } from './support/debate-rows';

const TEXTS = [
  'Comment avoir des papiers ?',
  'Les PAPIERS, combien ça coûte ?',
  'Naka lañuy am kayit ? Papier bi.',
  'Espèce de connard de passeur',
];

test('word cloud: drawn on the stage at the end of the debate, stop words out, forms folded, filtered words never shown', async ({
  context,
}) => {
  const page = await context.newPage();
  await seedDebateWith(page, TEXTS);
  const stage = await context.newPage();
  await stage.goto('#/stage');
  await page.bringToFront();
  const debate = new DebatePage(page);
  await debate.goto();

  await debate.onStage.getByRole('button', { name: /^Nuage de mots à l’écran/ }).click();
  const cloud = stage.getByRole('img', { name: /^Nuage des mots des questions/ });
  await expect(cloud).toBeVisible();
  // Drawn: the layout placed the words as text on the picture, the most asked the largest.
  const words = cloud.locator('text');
  await expect(words.first()).toHaveText('papiers');
  await expect(words.first()).toHaveAttribute('data-count', '3');
  const drawn = await words.allTextContents();
  expect(drawn).toEqual(expect.arrayContaining(['kayit', 'passeur']));
  for (const hidden of ['connard', 'comment', 'des', 'naka', 'bi', 'papier']) expect(drawn).not.toContain(hidden);
  const box = await words.first().boundingBox();
  expect(box!.width).toBeGreaterThan(50);

  // Taken off again with W: the stage invites questions.
  await page.keyboard.press('w');
  await expect(cloud).toHaveCount(0);
  await expect(stage.getByText('Posez votre question à la borne, par écrit ou à voix haute.')).toBeVisible();
});
