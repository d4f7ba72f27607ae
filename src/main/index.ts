import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session } from 'electron';
import type { Role } from '../shared/bridge';
import { CH } from '../shared/channels';
import { ok, fail } from '../shared/result';
import { argSchemas } from '../shared/validate';
import { APP_SCHEME } from './app-origin';
import { registerAppProtocol } from './app-protocol';
import { guarded } from './ipc';
import { createMediaLibrary } from './media-library';
import { registerMediaIpc } from './media-ipc';
import { hardenSession } from './security';
import { openRoleWindow, stageDisplayId } from './windows';
import { saveReport } from './report-file';
import { savePdfOf } from './report-pdf';

// Must run before `ready`: a standard, secure scheme gives the app a stable origin
// (IndexedDB, BroadcastChannel) and lets <video> stream from it with Range requests.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
const rendererDir = join(__dirname, '../renderer');
const dirs = {
  rendererDir,
  sampleDir: join(resourcesDir, 'sample'),
  libraryDir: join(app.getPath('userData'), 'media'),
};
const library = createMediaLibrary(dirs);

function registerIpc(): void {
  ipcMain.handle(
    CH.appInfo,
    guarded(null, async () => ok({ platform: 'electron' as const, version: app.getVersion() })),
  );
  registerMediaIpc(library);
  ipcMain.handle(
    CH.reportsSave,
    guarded(argSchemas.reportsSave, async ([name, bytes], event) => {
      const win = BrowserWindow.fromWebContents(event.sender);
      const picked = await dialog.showSaveDialog(win!, { defaultPath: join(app.getPath('documents'), name) });
      if (picked.canceled || !picked.filePath) return fail('cancelled');
      return saveReport(picked.filePath, bytes);
    }),
  );
  ipcMain.handle(
    CH.reportsSavePdf,
    guarded(argSchemas.reportsSavePdf, ([name], event) => savePdfOf(event.sender, name)),
  );
  ipcMain.handle(
    CH.displaysList,
    guarded(null, async () => {
      const primary = screen.getPrimaryDisplay().id;
      return ok(
        screen.getAllDisplays().map((d) => ({
          id: d.id,
          label: d.label || `${d.size.width}×${d.size.height}`,
          primary: d.id === primary,
          width: d.size.width,
          height: d.size.height,
        })),
      );
    }),
  );
  ipcMain.handle(
    CH.windowsOpen,
    guarded(argSchemas.windowsOpen, async ([role, displayId]) => {
      openRoleWindow(role as Role, displayId ?? (role === 'stage' ? stageDisplayId() : undefined));
      return ok(undefined);
    }),
  );
  ipcMain.handle(
    CH.windowsSetFullscreen,
    guarded(argSchemas.windowsSetFullscreen, async ([on], event) => {
      BrowserWindow.fromWebContents(event.sender)?.setFullScreen(on);
      return ok(undefined);
    }),
  );
}

app.enableSandbox();
void app.whenReady().then(() => {
  hardenSession(session.defaultSession);
  registerAppProtocol(dirs);
  registerIpc();
  openRoleWindow('console');
  const second = stageDisplayId();
  if (second !== undefined) openRoleWindow('stage', second);
});

app.on('window-all-closed', () => app.quit());
