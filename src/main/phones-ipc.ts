import type { IpcMain } from 'electron';
import { ROLES } from '../shared/bridge';
import { CH } from '../shared/channels';
import { fail, ok } from '../shared/result';
import { argSchemas } from '../shared/validate';
import { guarded } from './ipc';
import type { PhoneAccess } from './phones/access';
import type { Windows } from './windows';

/**
 * The phones channels, each behind `guarded()`. A journaled phone entry is announced to
 * every open window (any console drains it; with none open it waits in the journal).
 */
export function registerPhonesIpc(ipcMain: Pick<IpcMain, 'handle'>, phones: PhoneAccess, windows: Windows): void {
  phones.onEntry(() => {
    for (const role of ROLES) {
      const win = windows.get(role);
      if (win && !win.isDestroyed()) win.webContents.send(CH.phonesEntry);
    }
  });
  ipcMain.handle(
    CH.phonesInterfaces,
    guarded(null, async () => ok(phones.interfaces())),
  );
  ipcMain.handle(
    CH.phonesStart,
    guarded(argSchemas.phonesStart, ([screeningId, address]) => phones.start(screeningId, address)),
  );
  ipcMain.handle(
    CH.phonesRotate,
    guarded(null, () => phones.rotate()),
  );
  ipcMain.handle(
    CH.phonesStop,
    guarded(null, () => phones.stop()),
  );
  ipcMain.handle(
    CH.phonesState,
    guarded(null, async () => ok(phones.state())),
  );
  ipcMain.handle(
    CH.phonesPublish,
    guarded(argSchemas.phonesPublish, async ([questions]) => {
      phones.publish(questions);
      return ok(undefined);
    }),
  );
  ipcMain.handle(
    CH.phonesPublishPoll,
    guarded(argSchemas.phonesPublishPoll, async ([poll]) => {
      phones.publishPoll(poll);
      return ok(undefined);
    }),
  );
  ipcMain.handle(
    CH.phonesPending,
    guarded(null, async () => ok(await phones.pending())),
  );
  ipcMain.handle(
    CH.phonesAck,
    guarded(argSchemas.phonesAck, async ([ids]) => ok(await phones.ack(ids))),
  );
  ipcMain.handle(
    CH.phonesAudio,
    guarded(argSchemas.phonesAudio, async ([id]) => {
      const bytes = await phones.audio(id);
      return bytes ? ok(bytes) : fail('not_found');
    }),
  );
}
