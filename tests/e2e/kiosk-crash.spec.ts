import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { storedBlobs } from './support/blob-check';
import { ChromiumProcess } from './support/chromium-process';
import { readStore } from './support/db-rows';
import { debateTonight } from './support/debate-rows';
import { DebatePage } from './support/debate-page';
import { KioskPage } from './support/kiosk-page';
import { seedRows } from './support/seed-db';

/** Enough rounds to mean something, few enough for npm test; KIOSK_CRASH_ROUNDS for more. */
const ROUNDS = Number(process.env.KIOSK_CRASH_ROUNDS ?? 12);

let browser: ChromiumProcess | undefined;
let profile = '';

test.afterEach(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openKiosk(base: string): Promise<KioskPage> {
  const page = await browser!.browser.contexts()[0]!.newPage();
  await page.goto(`${base}#/kiosk`);
  const kiosk = new KioskPage(page);
  await expect(kiosk.home).toBeVisible();
  return kiosk;
}

/** Every few rounds the question is spoken, so recordings face the power cut too. */
async function ask(kiosk: KioskPage, round: number): Promise<string> {
  if (round % 4 === 3) {
    await kiosk.button('Poser une question').click();
    await kiosk.button('Le dire à voix haute').click();
    await kiosk.record(1);
    await kiosk.send();
    return '';
  }
  const text = `Question ${round + 1} : ŋ ë ñ`;
  await kiosk.startTypedQuestion();
  await kiosk.questionField.fill(text);
  await kiosk.send();
  return text;
}

const texts = async (page: Page) => (await readStore(page, 'questions')).map((q) => q.text).sort();

test(`${ROUNDS} power cuts right after the kiosk says "thank you": every acknowledged question is there after a restart`, async () => {
  test.setTimeout(30_000 + ROUNDS * 10_000);
  const base = test.info().project.use.baseURL!;
  profile = mkdtempSync(join(tmpdir(), 'kiosk-crash-'));
  browser = await ChromiumProcess.launch(profile);
  const setup = await browser.browser.contexts()[0]!.newPage();
  await setup.goto(`${base}#/console`);
  await seedRows(setup, debateTonight());

  const acknowledged: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const kiosk = await openKiosk(base);
    const text = await ask(kiosk, round);
    await expect(kiosk.questionThanks).toBeVisible();
    // SIGKILL to the whole browser the moment the thank-you shows: no unload, no flush.
    await browser.powerCut();
    acknowledged.push(text);

    browser = await ChromiumProcess.launch(profile);
    const check = await openKiosk(base);
    expect(await texts(check.page), `after power cut ${round + 1}`).toEqual([...acknowledged].sort());
    const blobs = await storedBlobs(check.page);
    expect(blobs).toHaveLength(acknowledged.filter((t) => t === '').length);
    for (const b of blobs) expect(b.digest).toBe(b.key);
    await check.page.close();
  }

  // And the facilitator's queue shows them all after the last restart.
  const console = await browser.browser.contexts()[0]!.newPage();
  await console.goto(`${base}#/console/debate`);
  const debate = new DebatePage(console);
  await expect(debate.queue).toBeVisible();
  expect(await debate.tabCount('En attente')).toBe(String(ROUNDS));
});
