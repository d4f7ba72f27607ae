import { expect, test } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { consoleAndStage } from './support/stage-page';

// A stage shown by a plain browser on the LAN keeps Chromium's default autoplay policy:
// no film with sound before the page has had a click.
test.use({
  launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--autoplay-policy')) },
});

test('the console says the stage waits for a click, and one click there starts the film', async ({ context }) => {
  const { console, stage } = await consoleAndStage(context);
  const page = console.page;
  await console.startFilm();
  const waiting = page.getByRole('alert').filter({ hasText: 'attend un clic' });
  await expect(waiting).toBeVisible();
  expect((await stage.state()).paused).toBe(true);
  await stage.page.mouse.click(400, 300);
  await expect.poll(() => stage.time()).toBeGreaterThan(1);
  await expect(waiting).toHaveCount(0);
});
