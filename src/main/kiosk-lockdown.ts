import type { Input } from 'electron';

type Keys = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>;

const FUNCTION_KEYS = new Set(['F4', 'F5', 'F11', 'F12']);
// With Ctrl (Cmd on macOS): reload, close, quit, new window, print, save, open
// and zoom; with Shift the developer tools (I, J, C).
const MOD_LETTERS = new Set(['r', 'w', 'q', 'n', 'p', 's', 'o', '+', '-', '=', '0']);
const DEVTOOLS_LETTERS = new Set(['i', 'j', 'c', 'k']);

/**
 * The key combinations the public kiosk never lets through: Alt+F4, reload (F5, Ctrl+R),
 * fullscreen (F11), developer tools (F12, Ctrl+Shift+I/J/C), close and quit (Ctrl+W/Q),
 * and the browser's own print/save/find. Plain typing, Tab, Enter and arrows pass.
 */
export function isBlockedCombo(input: Keys): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (FUNCTION_KEYS.has(key) || key === 'BrowserBack' || key === 'BrowserRefresh') return true;
  const mod = input.control || input.meta;
  if (mod && input.shift && DEVTOOLS_LETTERS.has(key)) return true;
  if (mod && MOD_LETTERS.has(key)) return true;
  if (input.alt && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home')) return true; // history
  return false;
}

export interface LockableWindow {
  setKiosk(on: boolean): void;
  isDestroyed(): boolean;
  webContents: {
    id: number;
    on(event: 'before-input-event', listener: (event: { preventDefault(): void }, input: Input) => void): unknown;
  };
}

/**
 * Kiosk mode for the windows the public stands at. A window is locked when its page says
 * so (the attendee screen opens, or a console restarts behind the PIN) and unlocked when
 * the facilitator's PIN is given: Electron's kiosk mode keeps Alt+Tab, the Windows key and
 * the taskbar away, and the key filter drops the combinations above.
 */
export function createKioskLockdown(log: (line: string) => void) {
  const locked = new Set<number>();
  return {
    /** Installs the key filter on a new window (it acts only while the window is locked). */
    attach(win: LockableWindow): void {
      const id = win.webContents.id;
      win.webContents.on('before-input-event', (event, input) => {
        if (locked.has(id) && isBlockedCombo(input)) event.preventDefault();
      });
    },
    set(win: LockableWindow, on: boolean): void {
      if (win.isDestroyed()) return;
      const id = win.webContents.id;
      if (on === locked.has(id)) return;
      if (on) locked.add(id);
      else locked.delete(id);
      win.setKiosk(on);
      log(`kiosk mode ${on ? 'on' : 'off'} (window ${id})`);
    },
    isLocked: (win: LockableWindow) => locked.has(win.webContents.id),
    forget: (id: number) => locked.delete(id),
  };
}

export type KioskLockdown = ReturnType<typeof createKioskLockdown>;
