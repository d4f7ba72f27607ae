import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CH } from '../../../src/shared/channels';
import { builtFile, FakeElectron, loadWithFakeElectron } from './fake-electron';

// The BUILT main process (out/main/index.js, what the installer ships) run against a
// recording stand-in for `electron`: the order Electron requires and the settings of
// every window are checked on the real bundle, without an Electron binary.
const MAIN = builtFile('out/main/index.js');
let home = '';

function start(opts: { packaged?: boolean; argv?: string[]; lock?: boolean } = {}): FakeElectron {
  home = mkdtempSync(join(tmpdir(), 'kiosk-wiring-'));
  const fake = new FakeElectron(home, resolve('.'), opts.packaged ?? false);
  fake.lockGranted = opts.lock ?? true;
  // What Electron sets in a packaged app: the folder holding app.asar and the sample film.
  (process as { resourcesPath?: string }).resourcesPath = resolve('resources');
  const argv = process.argv;
  process.argv = [...argv, ...(opts.argv ?? [])];
  try {
    loadWithFakeElectron(MAIN, fake.module);
  } finally {
    process.argv = argv;
  }
  return fake;
}

afterEach(() => rmSync(home, { recursive: true, force: true }));

const at = (fake: FakeElectron, prefix: string) => fake.calls.findIndex((c) => c.startsWith(prefix));

describe('the built main process', () => {
  it('pins userData, registers the scheme and takes the single-instance lock before ready and before any window', async () => {
    const fake = start();
    const beforeReady = [...fake.calls];
    await fake.fireReady();
    expect(beforeReady).toContain(`app.setPath(userData, ${join(home, 'mam-screening-kiosk')})`);
    // Nothing reads userData before it is pinned.
    const firstRead = at(fake, 'app.getPath(userData)');
    expect(firstRead === -1 || firstRead > at(fake, 'app.setPath(userData')).toBe(true);
    const scheme = beforeReady.find((c) => c.startsWith('protocol.registerSchemesAsPrivileged'));
    // The app's own scheme is standard and secure, and keeps V8's code cache between starts.
    expect(scheme).toContain('"scheme":"kiosk"');
    expect(scheme).toContain('"standard":true');
    expect(scheme).toContain('"secure":true');
    expect(scheme).toContain('"codeCache":true');
    expect(beforeReady).toContain('app.requestSingleInstanceLock');
    expect(beforeReady.some((c) => c.startsWith('new BrowserWindow'))).toBe(false);
    expect(at(fake, 'app.requestSingleInstanceLock')).toBeLessThan(at(fake, 'new BrowserWindow'));
    expect(at(fake, 'Menu.setApplicationMenu')).toBeLessThan(at(fake, 'new BrowserWindow'));
    expect(fake.calls).toContain('crashReporter.start({"uploadToServer":false,"compress":true})');
    expect(fake.calls).toContain('app.on(child-process-gone)');
    expect(fake.calls).toContain('app.enableSandbox');
    // Only the console opens on one display; its page is the app's own.
    expect(fake.windows.map((w) => w.webContents.url)).toEqual(['kiosk://app/index.html#/console']);
  });

  it('sets a production menu with no reload and no developer tools', async () => {
    const fake = start();
    await fake.fireReady();
    const call = fake.calls.find((c) => c.startsWith('Menu.setApplicationMenu'))!;
    expect(call).toContain('"role":"copy"');
    expect(call).toContain('"role":"paste"');
    for (const role of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu', 'windowMenu'])
      expect(call).not.toContain(`"role":"${role}"`);
  });

  it('handles every channel of src/shared/channels.ts through ipcMain.handle, and no raw channel', async () => {
    const fake = start();
    await fake.fireReady();
    const pushOnly: string[] = [CH.mediaImportProgress, CH.phonesEntry]; // main → page only
    const invokable = Object.values(CH).filter((c) => !pushOnly.includes(c));
    expect([...fake.handlers.keys()].sort()).toEqual([...invokable].sort());
    expect(fake.calls.some((c) => c.startsWith('ipcMain.on'))).toBe(false);
  });

  it('opens every window with the secure preferences, the hardening and the crash handlers', async () => {
    const fake = start({ packaged: true });
    await fake.fireReady();
    await fake.handlers.get(CH.windowsOpen)!(
      { senderFrame: { url: 'kiosk://app/index.html#/console', parent: null }, sender: fake.windows[0]!.webContents },
      'kiosk',
    );
    expect(fake.windows).toHaveLength(2);
    for (const win of fake.windows) {
      expect(win.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        devTools: false, // packaged, no support switch
        disableBlinkFeatures: 'Auxclick',
        preload: resolve('out/preload/index.js'),
      });
      for (const event of ['will-navigate', 'will-attach-webview', 'before-input-event', 'render-process-gone'])
        expect(win.webContents.listenerCount(event), event).toBeGreaterThan(0);
      expect(win.listenerCount('unresponsive')).toBeGreaterThan(0);
      expect((win.webContents.openHandler as () => unknown)()).toEqual({ action: 'deny' });
    }
  });

  it('gives the developer tools back in the packaged app only with --support-devtools', async () => {
    const fake = start({ packaged: true, argv: ['--support-devtools'] });
    await fake.fireReady();
    expect(fake.windows[0]!.options.webPreferences.devTools).toBe(true);
  });

  it('a second launch quits at once without a window; the first brings its console forward', async () => {
    const second = start({ lock: false });
    await second.fireReadyExpectingNothing();
    expect(second.calls).toContain('app.quit');
    expect(second.windows).toHaveLength(0);
    expect(second.handlers.size).toBe(0);
    rmSync(home, { recursive: true, force: true });

    const first = start();
    await first.fireReady();
    first.appEvents.emit('second-instance', {}, ['kiosk.exe', '--some', 'arg'], '/');
    expect(first.calls.at(-1)).toBe('window.focus');
  });

  it('reopens the windows of the last run on their displays, a missing one on another', async () => {
    home = mkdtempSync(join(tmpdir(), 'kiosk-wiring-'));
    const data = join(home, 'mam-screening-kiosk');
    mkdirSync(data, { recursive: true });
    const layout = [
      { role: 'console', displayId: 1 },
      { role: 'stage', displayId: 2 },
      { role: 'kiosk', displayId: 3 },
    ];
    writeFileSync(join(data, 'windows.json'), JSON.stringify({ version: 1, windows: layout }));
    const fake = new FakeElectron(home, resolve('.'));
    fake.displays.push({
      id: 2,
      label: 'projector',
      bounds: { x: 1366, y: 0, width: 1920, height: 1080 },
      size: { width: 1920, height: 1080 },
    });
    loadWithFakeElectron(MAIN, fake.module);
    await fake.fireReady();
    expect(fake.windows.map((w) => [w.webContents.url.split('#')[1], w.bounds.x])).toEqual([
      ['/console', 0],
      ['/stage', 1366],
      ['/kiosk', 0], // its touchscreen is gone: the laptop's screen
    ]);
  });

  it('reloads a crashed window at the route it was on', async () => {
    const fake = start();
    await fake.fireReady();
    const contents = fake.windows[0]!.webContents;
    contents.url = 'kiosk://app/index.html#/console/debate';
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    contents.url = '';
    await expect.poll(() => contents.url, { timeout: 3000 }).toBe('kiosk://app/index.html#/console/debate');
  });
});
