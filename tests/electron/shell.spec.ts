import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { choosePin } from '../e2e/support/debate-setup';
import { KioskPage } from '../e2e/support/kiosk-page';
import { electronBinary, launchKiosk, perTestHome, openSection } from './electron-app';

// The shell's promises in the real Electron: lockdown of the public kiosk, one instance,
// crash recovery and the window layout after a power cut. Needs an Electron binary
// (ELECTRON_OVERRIDE_DIST_PATH); it cannot run where this project is built.

const PIN = '480213';
const BASE = 'kiosk://app/index.html';
const t = perTestHome();

type Kiosk = { kiosk: { windows: { open(role: string): Promise<{ ok: boolean }> } } };
const userData = () => join(t.home, 'mam-screening-kiosk'); // XDG_CONFIG_HOME is the home (see launchKiosk)
const logText = () =>
  existsSync(join(userData(), 'logs', 'main.log')) ? readFileSync(join(userData(), 'logs', 'main.log'), 'utf8') : '';

async function openWindow(app: ElectronApplication, from: Page, role: string): Promise<Page> {
  const next = app.waitForEvent('window');
  await from.evaluate((r) => (globalThis as unknown as Kiosk).kiosk.windows.open(r), role);
  const page = await next;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

/** What the main process knows of each window: its route, kiosk and fullscreen state. */
function windowStates(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => ({
      route: new URL(w.webContents.getURL()).hash,
      kiosk: w.isKiosk(),
      devTools: w.webContents.isDevToolsOpened(),
    })),
  );
}

test('the public kiosk window is in kiosk mode, keys reach neither devtools nor reload, and the PIN ends it', async () => {
  const { app, console } = await launchKiosk(t.home);
  t.running = app;
  const menu = await app.evaluate(({ Menu }) =>
    JSON.stringify(Menu.getApplicationMenu()?.items.map((i) => i.submenu?.items.map((s) => s.role))),
  );
  expect(menu).not.toMatch(/reload|toggledevtools/i);
  await choosePin(console, PIN, BASE);
  const kiosk = new KioskPage(await openWindow(app, console, 'kiosk'));
  await expect(kiosk.home).toBeVisible();
  await expect.poll(async () => (await windowStates(app)).find((w) => w.route === '#/kiosk')?.kiosk).toBe(true);

  // Set a mark in the page: a reload would wipe it.
  await kiosk.page.evaluate(() => ((globalThis as unknown as { mark: number }).mark = 42));
  for (const combo of ['Control+Shift+I', 'F12', 'F5', 'Control+R', 'Control+Shift+R', 'Alt+F4', 'Control+W'])
    await kiosk.page.keyboard.press(combo);
  expect(await kiosk.page.evaluate(() => (globalThis as unknown as { mark?: number }).mark)).toBe(42);
  const states = await windowStates(app);
  expect(states.every((w) => !w.devTools)).toBe(true);
  expect(states.map((w) => w.route)).toContain('#/kiosk');

  await kiosk.button('Sortie réservée à l’animateur').click();
  for (const digit of PIN) await kiosk.button(digit).click();
  await kiosk.button('Déverrouiller').click();
  await expect(kiosk.page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect.poll(async () => (await windowStates(app)).every((w) => !w.kiosk)).toBe(true);
});

test('a second launch, with arguments, quits at once and the running app carries on', async () => {
  const { app, console } = await launchKiosk(t.home);
  t.running = app;
  const exe = electronBinary() ?? (await app.evaluate(() => process.execPath));
  const second = spawn(
    exe,
    ['.', '--some-argument', 'C:\\film.mp4', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    {
      env: { ...process.env, XDG_CONFIG_HOME: t.home, HOME: t.home, APPDATA: t.home },
    },
  );
  const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(code).toBe(0);
  await expect.poll(logText).toMatch(/second launch \(\d+ arguments\): running app brought forward/);
  expect(await windowStates(app)).toHaveLength(1);
  await expect(console.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});

test('a crashed renderer comes back by itself at the same screen, and the crash is logged', async () => {
  const { app, console } = await launchKiosk(t.home);
  t.running = app;
  await openSection(console, '#/console/debate');
  await expect.poll(async () => (await windowStates(app))[0]?.route).toBe('#/console/debate');
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer());
  await expect
    .poll(
      () =>
        app.evaluate(async ({ BrowserWindow }) => {
          const c = BrowserWindow.getAllWindows()[0]!.webContents;
          if (c.isCrashed() || c.isLoading()) return null;
          return {
            hash: new URL(c.getURL()).hash,
            nav: (await c.executeJavaScript('!!document.querySelector("nav")')) as boolean,
          };
        }),
      { timeout: 10_000 },
    )
    .toEqual({ hash: '#/console/debate', nav: true });
  expect(logText()).toMatch(/renderer gone \(killed/);
});

test('after a power cut the console, the stage and the kiosk reopen', async () => {
  const first = await launchKiosk(t.home);
  t.running = first.app;
  await choosePin(first.console, PIN, BASE);
  await openWindow(first.app, first.console, 'stage');
  await openWindow(first.app, first.console, 'kiosk');
  await expect.poll(() => existsSync(join(userData(), 'windows.json'))).toBe(true);
  await expect
    .poll(
      () =>
        (JSON.parse(readFileSync(join(userData(), 'windows.json'), 'utf8')) as { windows: unknown[] }).windows.length,
    )
    .toBe(3);
  first.app.process().kill('SIGKILL');
  t.running = undefined;

  const second = await launchKiosk(t.home);
  t.running = second.app;
  await expect
    .poll(async () => (await windowStates(second.app)).map((w) => w.route).sort())
    .toEqual(['#/console', '#/kiosk', '#/stage']);
});
