import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ChromiumProcess } from './support/chromium-process';
import { ConsolePage, KOLDA_SCREENING } from './support/console-page';
import { readStore } from './support/db-rows';
import { KioskPollScreen, PollsPage } from './support/polls-page';

const QUESTION = 'Connaissez-vous un moyen légal de partir ?';
let browser: ChromiumProcess | undefined;
let profile = '';

test.afterEach(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

test('a SIGKILL mid-poll, right after "thank you": every answer is there and the poll is still open', async () => {
  test.setTimeout(90_000);
  const base = test.info().project.use.baseURL!;
  profile = mkdtempSync(join(tmpdir(), 'polls-cut-'));
  browser = await ChromiumProcess.launch(profile);
  const context = browser.browser.contexts()[0]!;
  const consolePage = await context.newPage();
  await consolePage.goto(`${base}#/console/screening`);
  await new ConsolePage(consolePage).createScreening(KOLDA_SCREENING);
  const polls = new PollsPage(consolePage);
  await consolePage.goto(`${base}#/console/polls`);
  await polls.newPoll();
  await polls.editor.getByLabel('Question', { exact: true }).fill(QUESTION);
  await polls.save();
  await polls.act(QUESTION, 'Ouvrir');

  const kioskPage = await context.newPage();
  await kioskPage.goto(`${base}#/kiosk`);
  const kiosk = new KioskPollScreen(kioskPage);
  await kiosk.answer('Oui');
  await expect(kiosk.thanks).toBeVisible();
  await kiosk.nextPerson();
  await kiosk.answer('Non');
  await expect(kiosk.thanks).toBeVisible();
  // No unload, no flush: the whole browser dies the moment the second "thank you" shows.
  await browser.powerCut();

  browser = await ChromiumProcess.launch(profile);
  const again = await browser.browser.contexts()[0]!.newPage();
  await again.goto(`${base}#/kiosk`);
  await expect(new KioskPollScreen(again).question(QUESTION)).toBeVisible();
  const answers = await readStore(again, 'pollAnswers');
  expect(answers.map((a) => a.optionId).sort()).toEqual(['o1', 'o2']);
  expect((await readStore(again, 'outbox')).filter((o) => o.table === 'pollAnswers')).toHaveLength(2);
  const consoleAgain = await browser.browser.contexts()[0]!.newPage();
  await consoleAgain.goto(`${base}#/console/polls`);
  const card = new PollsPage(consoleAgain).poll(QUESTION);
  await expect(card).toContainText('Ouvert');
  await expect(card).toContainText('2 réponses');
});
