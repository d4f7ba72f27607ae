import { expect, test } from '@playwright/test';
import { screeningInDebate } from './support/debate-setup';
import { PhonePage, phonesOnLoopback } from './support/phone-page';
import { PollsPage } from './support/polls-page';

const QUESTION = 'Partir sans papiers met-il la vie en danger ?';

// A console that reopens with a poll still open loads its strings section by section: the
// Polls section, never shown since, is what would have brought the options' wordings in.
test('a console reloaded with a poll open, its Polls section not shown again, gives phones the options’ wording in French and in Wolof', async ({
  context,
  browser,
}) => {
  const debate = await screeningInDebate(await context.newPage());
  const page = debate.page;
  const polls = new PollsPage(page);
  await polls.goto();
  await polls.addYesNo(QUESTION);
  await polls.act(QUESTION, 'Ouvrir');
  await expect(polls.poll(QUESTION)).toContainText('Ouvert');

  // Phone access opens only after the reload (the browser platform's phone server outlives
  // a reload, Electron's does not): the poll phones get is the one the reloaded console sends.
  await debate.goto();
  await page.reload();
  await expect(debate.queue).toBeVisible();
  const url = await phonesOnLoopback(page);
  await expect
    .poll(async () => ((await (await page.request.get(`${url}/api/poll`)).json()) as { poll: unknown }).poll)
    .not.toBeNull();

  const words = { Français: ['Oui', 'Non'], Wolof: ['Waaw', 'Déedéet'] } as const;
  for (const [language, [yes, no]] of Object.entries(words) as [keyof typeof words, readonly string[]][]) {
    const phone = await PhonePage.open(browser, url);
    await phone.language(language);
    const options = phone.page.locator('.poll-option');
    await expect(options).toHaveText([yes!, no!]);
    await phone.page.context().close();
  }
});
