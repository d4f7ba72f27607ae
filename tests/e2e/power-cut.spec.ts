import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ChromiumProcess } from './support/chromium-process';
import { ConsolePage } from './support/console-page';
import { readStore } from './support/db-rows';
import { StagePage } from './support/stage-page';

let browser: ChromiumProcess | undefined;
let profile = '';

// Cleanup runs here rather than in a finally: after a timeout only hooks still run.
test.afterEach(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

test('a power cut mid-film loses nothing: the screening and the film resume where they were', async () => {
  const base = test.info().project.use.baseURL!;
  profile = mkdtempSync(join(tmpdir(), 'kiosk-power-cut-'));
  browser = await ChromiumProcess.launch(profile);
  const context = browser.browser.contexts()[0]!;
  const console = new ConsolePage(await context.newPage());
  await console.page.goto(`${base}#/console/screening`);
  await console.createScreening({
    town: 'Tambacounda',
    venue: 'Foyer des femmes',
    region: 'Tambacounda',
    country: 'Sénégal',
    facilitators: ['Awa Diallo'],
  });
  const stage = new StagePage(await context.newPage());
  await stage.page.goto(`${base}#/stage`);
  await console.startFilm();
  await console.seekTo(30);
  await expect.poll(() => stage.time(), { timeout: 15_000 }).toBeGreaterThan(34);
  // What the stage has stored by now is all a power cut may keep.
  const before = await stage.time();
  await browser.powerCut();

  browser = await ChromiumProcess.launch(profile);
  const after = browser.browser.contexts()[0]!;
  const console2 = new ConsolePage(await after.newPage());
  await console2.page.goto(`${base}#/console/screening`);
  await expect(console2.phase).toHaveText('Film en cours');
  const stored = (await readStore(console2.page, 'playback'))[0]!;
  expect(stored.playing).toBe(true);
  expect(stored.positionSec).toBeGreaterThan(before - 3);

  const stage2 = new StagePage(await after.newPage());
  await stage2.page.goto(`${base}#/stage`);
  // It starts within a few seconds of where it was, and plays on.
  await expect.poll(() => stage2.time(), { timeout: 15_000 }).toBeGreaterThan(before - 3);
  const resumedAt = await stage2.time();
  expect(resumedAt).toBeLessThan(before + 4);
  await expect.poll(() => stage2.time()).toBeGreaterThan(resumedAt + 1);
  expect((await stage2.state()).error).toBeNull();
});
