import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID, DATA_FOLDER, pinIdentity, PRODUCT_NAME } from '../../../src/main/app-identity';

// Every kiosk's IndexedDB, films and log live under userData. If any of these values
// moves, an update silently starts on an empty kiosk: this test must fail first.
describe('the app identity', () => {
  it('is fixed: data folder, app id and product name', () => {
    expect(DATA_FOLDER).toBe('mam-screening-kiosk');
    expect(APP_ID).toBe('int.iom.mam.screening-kiosk');
    expect(PRODUCT_NAME).toBe('Migrants as Messengers Kiosk');
  });

  it('is the one the installers are built with', () => {
    const yml = readFileSync('electron-builder.yml', 'utf8');
    expect(yml).toMatch(new RegExp(`^appId: ${APP_ID.replace(/\./g, '\\.')}$`, 'm'));
    expect(yml).toMatch(new RegExp(`^productName: ${PRODUCT_NAME}$`, 'm'));
    // The package name is the folder Electron would derive: the pinned one matches it.
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { name: string }).name).toBe(DATA_FOLDER);
  });

  it('pins userData under the app-data folder whatever the app is called, and the Windows app id', () => {
    const calls: string[] = [];
    const app = {
      getPath: () => '/home/awa/.config',
      setPath: (name: string, p: string) => calls.push(`${name}=${p}`),
      setAppUserModelId: (id: string) => calls.push(`id=${id}`),
    };
    expect(pinIdentity(app, 'linux')).toBe(join('/home/awa/.config', 'mam-screening-kiosk'));
    expect(calls).toEqual([`userData=${join('/home/awa/.config', 'mam-screening-kiosk')}`]);
    calls.length = 0;
    pinIdentity(app, 'win32');
    expect(calls).toContain('id=int.iom.mam.screening-kiosk');
  });
});
