import { expect, test } from '@playwright/test';
import { readStore } from './support/db-rows';
import { DebatePage } from './support/debate-page';
import { seedDebateWith } from './support/debate-rows';

const TEXTS = ['Combien coûte la traversée ?', 'Quel travail ici, au pays ?', 'Naka lañuy am kayit ?'];

test('topics: tag by click and by key, filter the queue, show the topic on stage, edit the list with bad input refused', async ({
  context,
}) => {
  const page = await context.newPage();
  await seedDebateWith(page, TEXTS);
  const debate = new DebatePage(page);
  await debate.goto();

  await debate.tag(TEXTS[0]!, 'Les risques du voyage');
  await expect(
    debate.row(TEXTS[0]!).getByRole('button', { name: /Retirer le thème « Les risques du voyage »/ }),
  ).toBeVisible();
  // Key 2 tags the selected question with the list's second topic.
  await debate.select(TEXTS[1]!);
  await page.keyboard.press('2');
  await expect(debate.row(TEXTS[1]!).getByRole('button', { name: /Travail et argent au pays/ })).toBeVisible();

  await debate.filterTopic('Les risques du voyage');
  await expect(debate.rows()).toHaveCount(1);
  await expect(debate.row(TEXTS[0]!)).toBeVisible();
  await debate.filterTopic('Papiers et voies légales');
  await expect(debate.queue.getByText('Aucune question sur ce thème.')).toBeVisible();
  await debate.filterTopic('Tous les thèmes');
  await expect(debate.rows()).toHaveCount(3);

  // The stage shows the projected question's topic.
  const stage = await context.newPage();
  await stage.goto('#/stage');
  await page.bringToFront();
  await debate.act(TEXTS[0]!, 'Projeter');
  await expect(stage.getByTestId('stage-question-topics')).toContainText('Les risques du voyage');

  // The list: an empty topic and one of 500 characters are refused with the reason; a new one is added.
  await debate.queue.getByRole('button', { name: 'Thèmes…' }).click();
  const d = debate.topicsDialog;
  await d.getByRole('button', { name: 'Ajouter le thème' }).click();
  await expect(d.getByRole('alert')).toHaveText('Écrivez le nom du thème.');
  await d.getByLabel('Nouveau thème').fill('x'.repeat(500));
  await d.getByRole('button', { name: 'Ajouter le thème' }).click();
  await expect(d.getByRole('alert')).toHaveText('Trop long : 60 caractères au plus.');
  await expect(d.getByLabel('Nouveau thème')).toHaveValue('x'.repeat(500));
  await d.getByLabel('Nouveau thème').fill('Le visa');
  await d.getByRole('button', { name: 'Ajouter le thème' }).click();
  await expect(d.getByRole('listitem')).toHaveCount(6);
  await d.getByRole('button', { name: 'Fermer' }).click();
  await debate.tag(TEXTS[2]!, 'Le visa');
  await debate.filterTopic('Le visa');
  await expect(debate.rows()).toHaveCount(1);

  const stored = await readStore(page, 'questions');
  expect(stored.find((q) => q.text === TEXTS[1])?.topics).toEqual(['work_money']);
  const trail = (await readStore(page, 'events')).filter((e) => e.type === 'topics');
  expect(trail).toHaveLength(1);
});
