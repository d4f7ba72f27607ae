import { expect, test } from '@playwright/test';
import { readStore } from './support/db-rows';
import { threeScreens } from './support/debate-setup';

const GIST = 'Ñaata la visa bi di jar ci ambassaad bi ?';

test('a question asked from the floor is logged in seconds, counted as oral, projected and answered', async ({
  context,
}) => {
  const { debate, stage } = await threeScreens(context);
  await debate.page.bringToFront();

  // An empty gist without a voice note is refused with a plain message; nothing is stored.
  await debate.page.keyboard.press('o');
  await expect(debate.floorDialog).toBeVisible();
  await debate.floorDialog.getByRole('button', { name: 'Enregistrer la question' }).click();
  await expect(debate.floorDialog.getByRole('alert')).toHaveText(
    'Écrivez l’essentiel de la question, ou enregistrez une note vocale.',
  );
  // The queue's keys stay quiet while the dialog is open; Escape closes it.
  await debate.page.keyboard.press('Escape');
  await expect(debate.floorDialog).toHaveCount(0);

  await debate.logFloorQuestion(GIST, 'wolof', { gender: 'femme', age: 'jeune' });
  await expect(debate.counter(/^Questions/, 'Depuis la salle')).toHaveText('1');
  await expect(debate.counter('Par langue', 'wolof')).toHaveText('1');
  await debate.tab('Approuvées');
  await expect(debate.row(GIST)).toContainText('Depuis la salle');

  await debate.act(GIST, 'Projeter');
  await expect(stage.locator('#stage-question-text')).toHaveText(GIST);
  await debate.answered();
  await expect(stage.locator('#stage-question-text')).toHaveCount(0);
  await debate.tab('Répondues');
  await expect(debate.row(GIST)).toBeVisible();

  const questions = await readStore(debate.page, 'questions');
  expect(questions).toHaveLength(1);
  expect(questions[0]).toMatchObject({
    text: GIST,
    source: 'floor',
    language: 'wo',
    askerGender: 'woman',
    askerAge: 'youth',
    status: 'answered',
  });
});
