import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { ConsolePage, KOLDA_SCREENING } from '../e2e/support/console-page';
import { StagePage } from '../e2e/support/stage-page';
import { launchKiosk, perTestHome, openSection } from './electron-app';

const t = perTestHome();

type Kiosk = { kiosk: { windows: { open(role: string): Promise<{ ok: boolean }> } } };

async function openStage(app: ElectronApplication, console: Page): Promise<StagePage> {
  const next = app.waitForEvent('window');
  expect(await console.evaluate(() => (globalThis as unknown as Kiosk).kiosk.windows.open('stage'))).toEqual({
    ok: true,
    value: undefined,
  });
  return new StagePage(await next);
}

test('the kiosk starts on its embedded defaults, plays the sample film, and resumes after a power cut', async () => {
  const first = await launchKiosk(t.home);
  t.running = first.app;
  const console = new ConsolePage(first.console);
  await expect(first.console).toHaveURL(/^kiosk:\/\/app\/index\.html#\/console/);
  // Context isolation and the sandbox: the page sees the bridge, never Node or Electron.
  expect(
    await first.console.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      return [typeof g.require, typeof g.process, typeof g.kiosk];
    }),
  ).toEqual(['undefined', 'undefined', 'object']);

  await openSection(first.console, '#/console/screening');
  await expect(console.library.getByRole('listitem').first()).toContainText('1:20');
  await console.createScreening(KOLDA_SCREENING);
  const stage = await openStage(first.app, first.console);
  await console.startFilm();
  // Served by the app protocol with Range requests: it plays and can be sought.
  await console.seekTo(35);
  await console.subtitles('Wolof');
  await expect.poll(async () => (await stage.state()).showing.wo).toEqual(['Ci màndiŋ mi, mar ak ragal jàpp nañu nu.']);
  await expect.poll(() => stage.time()).toBeGreaterThan(37);
  const before = await stage.time();

  first.app.process().kill('SIGKILL');
  t.running = undefined;

  const second = await launchKiosk(t.home);
  t.running = second.app;
  const console2 = new ConsolePage(second.console);
  await openSection(second.console, '#/console/screening');
  await expect(console2.phase).toHaveText('Film en cours');
  // The stage was open at the power cut: it reopens by itself (window-state.ts).
  const reopened = async () => second.app.windows().find((p) => p.url().endsWith('#/stage'));
  await expect.poll(async () => !!(await reopened())).toBe(true);
  const stage2 = new StagePage((await reopened())!);
  await expect.poll(() => stage2.time()).toBeGreaterThan(before - 3);
  expect(await stage2.time()).toBeLessThan(before + 4);
  const resumed = await stage2.time();
  await expect.poll(() => stage2.time()).toBeGreaterThan(resumed + 1);
});
