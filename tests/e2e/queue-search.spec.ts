import { expect, test } from '@playwright/test';
import { DebatePage } from './support/debate-page';
import { seedDebateWith } from './support/debate-rows';

const TEXTS = [
  'Ñaata la visa bi di jar ?',
  'Ŋaayoo bi, lan la ?',
  'Pourquoi partir à l’étranger sans papiers ?',
  'Le prix (en CFA) du voyage ?',
  'Naayoo, loolu lan la ?',
];

test('the queue filters as the facilitator types: accents and case folded, ŋ kept, markup and regex literal', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await seedDebateWith(page, TEXTS);
  const debate = new DebatePage(page);
  await debate.goto();
  await expect(debate.rows()).toHaveCount(5);

  // "/" puts the cursor in the search, as in the key hint.
  await page.keyboard.press('/');
  await expect(debate.searchField).toBeFocused();
  await page.keyboard.type('NAATA');
  await expect(debate.rows()).toHaveCount(1);
  await expect(debate.row('Ñaata la visa bi di jar ?')).toBeVisible();

  await debate.search('ŋaa');
  await expect(debate.rows()).toHaveCount(1);
  await expect(debate.row('Ŋaayoo bi, lan la ?')).toBeVisible();
  await debate.search('Ŋ');
  await expect(debate.rows()).toHaveCount(1);

  await debate.search('ETRANGER papiers');
  await expect(debate.rows()).toHaveCount(1);
  await expect(debate.row(/étranger/)).toBeVisible();

  await debate.search('(en');
  await expect(debate.rows()).toHaveCount(1);
  await expect(debate.row('Le prix (en CFA) du voyage ?')).toBeVisible();
  for (const literal of ['.*', '<b>', '[a-z]']) {
    await debate.search(literal);
    await expect(debate.rows()).toHaveCount(0);
    await expect(debate.queue.getByText(`Aucune question ne contient « ${literal} ».`)).toBeVisible();
  }

  // Escape clears the search; the order can be reversed.
  await debate.searchField.press('Escape');
  await expect(debate.rows()).toHaveCount(5);
  await debate.order('Plus récentes d’abord');
  await expect(debate.rows().first()).toContainText('Naayoo, loolu lan la ?');
  await debate.order('Plus anciennes d’abord');
  await expect(debate.rows().first()).toContainText('Ñaata la visa bi di jar ?');
  expect(errors).toEqual([]);
});
