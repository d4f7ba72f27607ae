import { EventEmitter } from 'node:events';
import type { Input } from 'electron';
import { describe, expect, it } from 'vitest';
import { createKioskLockdown, isBlockedCombo } from '../../../src/main/kiosk-lockdown';
import { devToolsAllowed, productionMenuTemplate } from '../../../src/main/menu';

const key = (k: string, mods: Partial<Input> = {}): Input =>
  ({ type: 'keyDown', key: k, code: '', control: false, meta: false, alt: false, shift: false, ...mods }) as Input;

describe('the public kiosk key filter', () => {
  it.each([
    ['Alt+F4', key('F4', { alt: true })],
    ['F5', key('F5')],
    ['Ctrl+R', key('r', { control: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Cmd+Shift+I', key('i', { meta: true, shift: true })],
    ['F12', key('F12')],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['F11', key('F11')],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
  ])('blocks %s', (_name, input) => expect(isBlockedCombo(input)).toBe(true));

  it.each([
    ['a letter', key('ŋ')],
    ['a capital', key('Ë', { shift: true })],
    ['Tab', key('Tab')],
    ['Enter', key('Enter')],
    ['Backspace', key('Backspace')],
    ['Ctrl+C', key('c', { control: true })],
    ['Ctrl+V', key('v', { control: true })],
    ['a key released', { ...key('F5'), type: 'keyUp' }],
  ])('lets %s through', (_name, input) => expect(isBlockedCombo(input)).toBe(false));

  it('filters keys and holds kiosk mode only while the window is in the public hands', () => {
    const lines: string[] = [];
    const lockdown = createKioskLockdown((l) => lines.push(l));
    const contents = Object.assign(new EventEmitter(), { id: 4 });
    const win = {
      webContents: contents,
      kiosk: false,
      isDestroyed: () => false,
      setKiosk: (on: boolean) => (win.kiosk = on),
    };
    lockdown.attach(win);
    const press = (input: Input) => {
      let prevented = false;
      contents.emit('before-input-event', { preventDefault: () => (prevented = true) }, input);
      return prevented;
    };
    expect(press(key('F5'))).toBe(false); // the console, unlocked
    lockdown.set(win, true);
    expect(win.kiosk).toBe(true);
    expect(press(key('F4', { alt: true }))).toBe(true);
    expect(press(key('a'))).toBe(false);
    lockdown.set(win, true); // said twice: no second switch
    lockdown.set(win, false); // the PIN was given
    expect(win.kiosk).toBe(false);
    expect(press(key('F5'))).toBe(false);
    expect(lines).toEqual(['kiosk mode on (window 4)', 'kiosk mode off (window 4)']);
  });
});

describe('the production menu and the developer tools', () => {
  it('has editing and quit only: no reload, no developer tools, no zoom', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const roles = JSON.stringify(productionMenuTemplate(platform));
      expect(roles).toContain('"paste"');
      for (const r of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu', 'zoomIn', 'resetZoom'])
        expect(roles).not.toContain(`"${r}"`);
    }
  });

  it('allows the developer tools when developing, in the packaged app only with the support switch', () => {
    expect(devToolsAllowed(false, ['electron', '.'])).toBe(true);
    expect(devToolsAllowed(true, ['kiosk.exe'])).toBe(false);
    expect(devToolsAllowed(true, ['kiosk.exe', '--devtools'])).toBe(false);
    expect(devToolsAllowed(true, ['kiosk.exe', '--support-devtools'])).toBe(true);
  });
});
