import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ChromiumProcess } from './support/chromium-process';
import { readStore } from './support/db-rows';
import { debateTonight } from './support/debate-rows';
import { KioskPage } from './support/kiosk-page';
import { seedRows } from './support/seed-db';
import { fillStorage, freeStorage } from './support/storage-quota';

let browser: ChromiumProcess | undefined;
let profile = '';

test.afterEach(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

test('storage full at the moment of saving: the attendee is told, the entry stays on screen, nothing saved is lost', async () => {
  const base = test.info().project.use.baseURL!;
  profile = mkdtempSync(join(tmpdir(), 'kiosk-quota-'));
  // Our own Chromium on a real profile: Chromium applies a quota override there
  // (DevTools' Storage.overrideQuotaForOrigin), not in Playwright's throwaway contexts.
  browser = await ChromiumProcess.launch(profile);
  const context = browser.browser.contexts()[0]!;
  const first = await context.newPage();
  await first.goto(`${base}#/console`);
  await seedRows(first, debateTonight());
  await first.goto(`${base}#/kiosk`);
  await new KioskPage(first).askTyped('Avant que le disque soit plein');

  // The disk fills up while the laptop is off: Chromium takes an origin's room into
  // account from the start of a session, so the kiosk restarts on the full disk.
  await browser.close();
  browser = await ChromiumProcess.launch(profile);
  const page = await browser.browser.contexts()[0]!.newPage();
  await page.goto(`${base}no-app-here`);
  const cdp = await browser.browser.contexts()[0]!.newCDPSession(page);
  await fillStorage(cdp, page);
  const kiosk = new KioskPage(page);
  await page.goto(`${base}#/kiosk`);
  await expect(kiosk.home).toBeVisible();
  await kiosk.startTypedQuestion();
  await kiosk.questionField.fill('Quand le disque est plein, ma question reste-t-elle ?');
  await kiosk.send();
  await expect(page.getByRole('alert')).toHaveText(
    'La borne est pleine : votre texte n’a pas été enregistré mais il est toujours là. Prévenez l’animateur puis réessayez.',
  );
  await expect(kiosk.questionThanks).toHaveCount(0);
  await expect(kiosk.questionField).toHaveValue('Quand le disque est plein, ma question reste-t-elle ?');

  // Space is freed: the same entry, still on screen, goes through on the next try.
  await freeStorage(cdp, page);
  await kiosk.send();
  await expect(kiosk.questionThanks).toBeVisible();
  const texts = (await readStore(page, 'questions')).map((q) => q.text).sort();
  expect(texts).toEqual(['Avant que le disque soit plein', 'Quand le disque est plein, ma question reste-t-elle ?']);
});
