import { release, arch, type as osType } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import {
  app,
  BrowserWindow,
  crashReporter,
  dialog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  screen,
  session,
} from 'electron';
import { APP_SCHEME } from './app-origin';
import { pinIdentity } from './app-identity';
import { registerAppProtocol } from './app-protocol';
import { startLocalCrashReports } from './crash-recovery';
import { registerIpc } from './ipc-handlers';
import { createKioskLockdown } from './kiosk-lockdown';
import { createAppLog } from './log';
import { createMediaLibrary } from './media-library';
import { devToolsAllowed, installProductionMenu } from './menu';
import { createPhoneAccess } from './phones/access';
import { createKeepAwake } from './power';
import { createRendererLog } from './renderer-log';
import { hardenSession } from './security';
import { bringToFront, takeSingleInstance } from './single-instance';
import { createStateWriter, placeWindows, readWindowState } from './window-state';
import { createWindows } from './windows';

// The composition root: each concern is a module taking the Electron objects it uses;
// this file only wires them, in the order Electron requires (see tests/unit/main/wiring.test.ts).

// Before anything reads a path: the data folder never follows a rename of the app.
const userData = pinIdentity(app, process.platform);
const log = createAppLog(electronLog, join(userData, 'logs'));
log.info(`start ${app.getVersion()} (Electron ${process.versions.electron ?? '?'}) on ${osType()} ${release()}`);
startLocalCrashReports(crashReporter);

// Must run before `ready`: a standard, secure scheme gives the app a stable origin
// (IndexedDB, BroadcastChannel) and lets <video> stream from it with Range requests.
// codeCache: V8 keeps the compiled bundle between starts (Chromium does this only for http(s)
// by default), so a slow laptop does not parse and compile react-dom again on every start.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
  },
]);

const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
const dirs = {
  rendererDir: join(__dirname, '../renderer'),
  sampleDir: join(resourcesDir, 'sample'),
  libraryDir: join(userData, 'media'),
};
const lockdown = createKioskLockdown(log.info);
const keepAwake = createKeepAwake(powerSaveBlocker, log.info);
const windows = createWindows({
  BrowserWindow,
  screen,
  preload: join(__dirname, '../preload/index.js'),
  devTools: devToolsAllowed(app.isPackaged, process.argv),
  lockdown,
  keepAwake,
  saveState: createStateWriter(userData, log.warn),
  log: log.info,
});

// Started only when the facilitator lets phones join; the journal outlives any window.
const phones = createPhoneAccess({
  journalDir: join(userData, 'phones'),
  rendererDir: dirs.rendererDir,
  port: Number(process.env.KIOSK_PHONE_PORT ?? 5480),
});

if (takeSingleInstance(app, () => bringToFront(windows.front()), log.info)) {
  app.enableSandbox();
  app.on('child-process-gone', (_event, details) =>
    log.warn(`child process gone: ${details.type} ${details.reason} (exit code ${details.exitCode})`),
  );
  app.on('before-quit', () => {
    windows.freeze();
    void phones.close();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(async () => {
    installProductionMenu(Menu, process.platform);
    hardenSession(session.defaultSession);
    registerAppProtocol(dirs);
    registerIpc({
      ipcMain,
      dialog,
      fromWebContents: (contents) => BrowserWindow.fromWebContents(contents),
      documentsDir: app.getPath('documents'),
      appVersion: app.getVersion(),
      library: createMediaLibrary(dirs),
      windows,
      lockdown,
      keepAwake,
      rendererLog: createRendererLog(log.write),
      phones,
      facts: {
        appVersion: app.getVersion(),
        versions: process.versions,
        os: { name: osType(), release: release(), arch: arch() },
        screen,
        logLines: () => log.recentLines(300),
      },
    });
    const saved = await readWindowState(userData);
    for (const w of placeWindows(saved, screen.getAllDisplays(), screen.getPrimaryDisplay().id))
      windows.open(w.role, w.displayId);
    windows.watchDisplays();
  });
}
