import { BrowserWindow, dialog, ipcMain } from 'electron';
import { CH } from '../shared/channels';
import { fail } from '../shared/result';
import { argSchemas } from '../shared/validate';
import { guarded } from './ipc';
import { splitPicked } from '../shared/film-files';
import type { MediaLibrary } from './media-library';

/** The media channels: list, import through an open dialog (with progress), cancel, remove, duration. */
export function registerMediaIpc(library: MediaLibrary): void {
  ipcMain.handle(
    CH.mediaList,
    guarded(null, () => library.list()),
  );
  ipcMain.handle(
    CH.mediaImport,
    guarded(null, async (_args, event) => {
      const win = BrowserWindow.fromWebContents(event.sender);
      const options = {
        properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
        filters: [{ name: 'Film', extensions: ['mp4', 'm4v', 'webm', 'vtt', 'srt'] }],
      };
      const picked = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
      if (picked.canceled || picked.filePaths.length === 0) return fail('cancelled');
      const req = splitPicked(picked.filePaths, (p) => p);
      if (!req.ok) return req;
      return library.importFilm({ videoPath: req.value.video, subtitlePaths: req.value.subtitles }, (p) => {
        if (!event.sender.isDestroyed()) event.sender.send(CH.mediaImportProgress, p);
      });
    }),
  );
  ipcMain.handle(
    CH.mediaCancelImport,
    guarded(null, () => library.cancelImport()),
  );
  ipcMain.handle(
    CH.mediaRemove,
    guarded(argSchemas.mediaRemove, ([id]) => library.remove(id)),
  );
  ipcMain.handle(
    CH.mediaSetDuration,
    guarded(argSchemas.mediaSetDuration, ([id, d]) => library.setDuration(id, d)),
  );
}
