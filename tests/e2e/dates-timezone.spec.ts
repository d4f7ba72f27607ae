import { expect, test } from '@playwright/test';
import { readStore } from './support/db-rows';
import { debateTonight } from './support/debate-rows';
import { seedRows } from './support/seed-db';

// A laptop in Nigeria (UTC+1): Chromium formats French dates natively and Wolof ones
// with bundled data; both must show the local hour, not UTC.
test.use({ timezoneId: 'Africa/Lagos' });

test('a question’s time reads the same local hour in French and in Wolof on a laptop set to Lagos time', async ({
  page,
}) => {
  await page.goto('#/console');
  await seedRows(page, debateTonight(1));
  await page.goto('#/console/debate');
  const [question] = await readStore(page, 'questions');
  const local = new Intl.DateTimeFormat('fr-SN', { timeStyle: 'short', timeZone: 'Africa/Lagos' }).format(
    new Date(question!.createdAt),
  );
  const meta = page.locator('.q-row__meta').first();
  await expect(meta).toContainText(`${local} ·`);
  await page.getByRole('button', { name: 'Wolof' }).click();
  await expect(page.getByRole('button', { name: 'Jekk-jekkal' })).toBeVisible();
  await expect(meta).toContainText(`${local} ·`);
});
