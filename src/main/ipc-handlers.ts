import { join } from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, OpenDialogOptions, WebContents } from 'electron';
import type { LogLevel, Role } from '../shared/bridge';
import { CH } from '../shared/channels';
import { diagnosticsFile } from '../shared/diagnostics';
import { fail, ok } from '../shared/result';
import { argSchemas } from '../shared/validate';
import { listDisplays, platformFacts, writeDiagnostics, type FactSources } from './diagnostics';
import { guarded } from './ipc';
import type { KioskLockdown } from './kiosk-lockdown';
import type { MediaLibrary } from './media-library';
import { registerMediaIpc } from './media-ipc';
import type { PhoneAccess } from './phones/access';
import { registerPhonesIpc } from './phones-ipc';
import type { KeepAwake } from './power';
import type { RendererLog } from './renderer-log';
import { saveReport } from './report-file';
import { savePdfOf } from './report-pdf';
import type { Windows } from './windows';

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  fromWebContents: (contents: WebContents) => BrowserWindow | null;
  documentsDir: string;
  appVersion: string;
  library: MediaLibrary;
  windows: Windows;
  lockdown: KioskLockdown;
  keepAwake: KeepAwake;
  rendererLog: RendererLog;
  facts: FactSources;
  phones: PhoneAccess;
}

/** The role a page plays, from its URL (`…#/kiosk/…`), for the log. */
const roleOf = (url: string) => /#\/(\w+)/.exec(url)?.[1] ?? 'page';

/** Every channel of src/shared/channels.ts, each behind `guarded()` (sender, arguments, errors). */
export function registerIpc(d: IpcDeps): void {
  const { ipcMain } = d;
  ipcMain.handle(
    CH.appInfo,
    guarded(null, async () => ok({ platform: 'electron' as const, version: d.appVersion })),
  );
  registerMediaIpc(d.library);
  registerPhonesIpc(ipcMain, d.phones, d.windows);
  ipcMain.handle(
    CH.reportsSave,
    guarded(argSchemas.reportsSave, async ([name, bytes], event) => {
      const win = d.fromWebContents(event.sender);
      const picked = await d.dialog.showSaveDialog(win!, { defaultPath: join(d.documentsDir, name) });
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
    guarded(null, async () => ok(listDisplays(d.facts.screen))),
  );
  ipcMain.handle(
    CH.windowsOpen,
    guarded(argSchemas.windowsOpen, async ([role, displayId]) => {
      d.windows.open(role as Role, displayId);
      return ok(undefined);
    }),
  );
  ipcMain.handle(
    CH.windowsSetFullscreen,
    guarded(argSchemas.windowsSetFullscreen, async ([on], event) => {
      d.fromWebContents(event.sender)?.setFullScreen(on);
      return ok(undefined);
    }),
  );
  ipcMain.handle(
    CH.windowsSetKioskMode,
    guarded(argSchemas.windowsSetKioskMode, async ([on], event) => {
      const win = d.fromWebContents(event.sender);
      if (!win) return fail('not_found');
      d.lockdown.set(win, on);
      return ok(undefined);
    }),
  );
  ipcMain.handle(
    CH.powerKeepAwake,
    guarded(argSchemas.powerKeepAwake, async ([on], event) => {
      d.keepAwake.set(event.sender.id, on);
      return ok(undefined);
    }),
  );
  ipcMain.handle(
    CH.logWrite,
    guarded(argSchemas.logWrite, async ([level, message], event) =>
      d.rendererLog.write(event.sender.id, roleOf(event.senderFrame?.url ?? ''), level as LogLevel, message),
    ),
  );
  ipcMain.handle(
    CH.diagnosticsSave,
    guarded(argSchemas.diagnosticsSave, async ([facts], event) => {
      const win = d.fromWebContents(event.sender);
      // A folder, not a file name: the facilitator picks the USB stick, the name is ours.
      const options: OpenDialogOptions = {
        defaultPath: d.documentsDir,
        properties: ['openDirectory', 'createDirectory'],
      };
      const picked = await (win ? d.dialog.showOpenDialog(win, options) : d.dialog.showOpenDialog(options));
      if (picked.canceled || picked.filePaths.length === 0) return fail('cancelled');
      const file = diagnosticsFile(facts, await platformFacts(d.facts), new Date());
      return writeDiagnostics(picked.filePaths[0]!, file);
    }),
  );
}
