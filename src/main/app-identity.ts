import { join } from 'node:path';

/**
 * Who the app is to the operating system, and where its data lives. Every kiosk's
 * IndexedDB, imported films and log sit in `userData`: were this folder derived from a
 * name that later changes, an update would orphan them all. So it is fixed here, once;
 * tests/unit/main/app-identity.test.ts fails if any of these move.
 */
export const APP_ID = 'int.iom.mam.screening-kiosk';
export const PRODUCT_NAME = 'Migrants as Messengers Kiosk';
/** The folder under the OS's app-data folder (%APPDATA%, ~/.config): the name of 0.1.0. */
export const DATA_FOLDER = 'mam-screening-kiosk';

export interface IdentityApp {
  getPath(name: 'appData'): string;
  setPath(name: 'userData', path: string): void;
  setAppUserModelId(id: string): void;
}

/** Pins userData and the Windows app id (taskbar grouping, notifications). Before `ready`. */
export function pinIdentity(app: IdentityApp, platform: NodeJS.Platform): string {
  const userData = join(app.getPath('appData'), DATA_FOLDER);
  app.setPath('userData', userData);
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
  return userData;
}
