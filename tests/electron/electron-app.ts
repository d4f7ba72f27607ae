import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, test, type ElectronApplication, type Page } from '@playwright/test';

/** The Electron binary in ELECTRON_OVERRIDE_DIST_PATH, when that is set and holds one. */
export function electronBinary(): string | undefined {
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (dist) {
    const exe =
      process.platform === 'win32'
        ? 'electron.exe'
        : process.platform === 'darwin'
          ? 'Electron.app/Contents/MacOS/Electron'
          : 'electron';
    return existsSync(join(dist, exe)) ? join(dist, exe) : undefined;
  }
  return undefined; // Playwright then asks the electron package, which knows its own install
}

/** A home for the app's data (IndexedDB, imported films) that lives as long as the test wants. */
export const newDataHome = (): string => mkdtempSync(join(tmpdir(), 'kiosk-electron-'));

/** Each test of the file gets a fresh data home; the app it left running is closed after it. */
export function perTestHome(): { home: string; running: ElectronApplication | undefined } {
  const s: { home: string; running: ElectronApplication | undefined } = { home: '', running: undefined };
  test.beforeEach(() => {
    s.home = newDataHome();
  });
  test.afterEach(async () => {
    await s.running?.close().catch(() => undefined);
    s.running = undefined;
    rmSync(s.home, { recursive: true, force: true });
  });
  return s;
}

/**
 * Starts the built app (`out/`, as `npm start` would) with its data under `home`, so
 * a relaunch on the same home finds what the last run stored.
 */
export async function launchKiosk(home: string): Promise<{ app: ElectronApplication; console: Page }> {
  const root = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath: electronBinary(),
    args: ['.', ...root],
    env: { ...process.env, XDG_CONFIG_HOME: home, HOME: home, APPDATA: home },
  });
  const console = await app.firstWindow();
  await console.waitForLoadState('domcontentloaded');
  return { app, console };
}

/** Routes are hashes of the one page: no baseURL in Electron, so the hash is set directly. */
export async function openSection(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = h;
  }, hash);
}
