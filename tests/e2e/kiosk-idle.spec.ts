import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { readStore } from './support/db-rows';
import { debateTonight } from './support/debate-rows';
import { KioskPage } from './support/kiosk-page';
import { seedRows, type SeedSetting } from './support/seed-db';

// Short waits so the test does not sit for the real-world defaults (90 s idle, 20 s warning).
const QUICK: SeedSetting = {
  key: 'kiosk.timings',
  value: { idleSec: 2, warnSec: 3, thanksSec: 2, questionRecordSec: 30 },
};

async function kioskWithDebate(page: KioskPage['page']): Promise<KioskPage> {
  await page.goto('#/console');
  await seedRows(page, debateTonight(0, [QUICK]));
  const kiosk = new KioskPage(page);
  await kiosk.goto();
  return kiosk;
}

test('a kiosk left alone warns, keeps the entry on a touch, then discards it and resets', async ({ page }) => {
  const kiosk = await kioskWithDebate(page);
  const warning = page.getByRole('alertdialog', { name: 'Vous êtes toujours là ?' });
  await kiosk.startTypedQuestion();
  await kiosk.questionField.fill('Une question à moitié');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/effacé dans [1-3] secondes?/);
  await warning.getByRole('button', { name: 'Je suis là' }).click();
  await expect(warning).toHaveCount(0);
  await expect(kiosk.questionField).toHaveValue('Une question à moitié');
  // No touch this time: back to the welcome screen, the half-typed entry gone.
  await expect(warning).toBeVisible();
  await expect(kiosk.home).toBeVisible({ timeout: 15_000 });
  await kiosk.startTypedQuestion();
  await expect(kiosk.questionField).toHaveValue('');
  expect(await readStore(page, 'questions')).toEqual([]);

  // A recording cut by the timeout is dropped too: nothing half-recorded is stored.
  await kiosk.button('Retour').click();
  await kiosk.button('Le dire à voix haute').click();
  await kiosk.button('Appuyez pour parler').click();
  await expect(kiosk.button('Arrêter')).toBeVisible();
  await expect(warning).toBeVisible();
  await expect(kiosk.home).toBeVisible({ timeout: 15_000 });
  expect(await readStore(page, 'questions')).toEqual([]);
  expect(await readStore(page, 'blobs')).toEqual([]);

  // The thank-you screen resets by itself for the next person.
  await kiosk.startTypedQuestion();
  await kiosk.questionField.fill('Merci pour le film');
  await kiosk.send();
  await expect(kiosk.questionThanks).toBeVisible();
  await expect(kiosk.home).toBeVisible();
});

for (const [name, dropFlag, message] of [
  ['missing', 'fake', 'Aucun micro n’est branché sur cette borne.'],
  ['refused', 'fake-ui', 'Le micro est bloqué sur cette borne.'],
] as const)
  test(`a ${name} microphone is said plainly, and typing is offered instead`, async () => {
    // Its own browser: without a fake microphone there is none; without the fake prompt,
    // Chromium refuses the permission.
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS.filter((a) => !a.includes(dropFlag)),
    });
    try {
      const page = await browser.newPage({ baseURL: test.info().project.use.baseURL });
      const kiosk = await kioskWithDebate(page);
      await kiosk.button('Poser une question').click();
      await kiosk.button('Le dire à voix haute').click();
      await kiosk.button('Appuyez pour parler').click();
      await expect(page.getByRole('alert')).toContainText(message);
      await kiosk.button('Écrire à la place').click();
      await expect(kiosk.questionField).toBeVisible();
    } finally {
      await browser.close();
    }
  });
