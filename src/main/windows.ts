import type { BrowserWindow, BrowserWindowConstructorOptions, Screen } from 'electron';
import type { Role } from '../shared/bridge';
import { isAppUrl, roleUrl } from './app-origin';
import { watchForCrashes } from './crash-recovery';
import type { KeepAwake } from './power';
import type { KioskLockdown } from './kiosk-lockdown';
import { hardenContents } from './security';
import { bringToFront } from './single-instance';
import { webPreferencesFor } from './web-preferences';
import { fallbackDisplay, type DisplayLike, type OpenWindow } from './window-state';

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'on'>;
  preload: string;
  devTools: boolean;
  lockdown: KioskLockdown;
  keepAwake: KeepAwake;
  saveState: (windows: OpenWindow[]) => Promise<void>;
  log: (line: string) => void;
}

const WINDOWED = { width: 1280, height: 800 };
const SMALL_STAGE = { width: 960, height: 540 };

/**
 * The app's windows, one per role: opened on a display, hardened, watched for crashes,
 * remembered (role → display) for the next start, and moved when their display goes.
 */
export function createWindows(deps: WindowDeps) {
  const open = new Map<Role, BrowserWindow>();
  const on = new Map<Role, number>();
  let frozen = false;
  const remember = () => {
    if (!frozen) void deps.saveState([...on].map(([role, displayId]) => ({ role, displayId })));
  };
  const displays = (): DisplayLike[] => deps.screen.getAllDisplays();
  const primaryId = () => deps.screen.getPrimaryDisplay().id;

  function place(win: BrowserWindow, role: Role, display: DisplayLike): void {
    // The stage alone on the laptop's screen stays a window, so the console remains reachable.
    const full = role === 'kiosk' || (role === 'stage' && display.id !== primaryId());
    if (win.isFullScreen()) win.setFullScreen(false);
    const size = full ? display.bounds : role === 'stage' ? SMALL_STAGE : WINDOWED;
    win.setBounds({ x: display.bounds.x, y: display.bounds.y, width: size.width, height: size.height });
    if (full) win.setFullScreen(true);
  }

  function openRole(role: Role, displayId?: number): BrowserWindow {
    const existing = open.get(role);
    if (existing && !existing.isDestroyed()) {
      bringToFront(existing);
      return existing;
    }
    // The stage goes on a second display when one is connected and none was named.
    const wanted = displayId ?? (role === 'stage' ? displays().find((d) => d.id !== primaryId())?.id : undefined);
    const display = displays().find((d) => d.id === wanted) ?? deps.screen.getPrimaryDisplay();
    const fullscreen = role !== 'console';
    // Named BrowserWindow so the security audit (electronegativity) recognises the constructor.
    // It cannot see through webPreferencesFor(), which sets contextIsolation, sandbox and
    // disableBlinkFeatures: 'Auxclick' (tests/unit/main/security.test.ts and wiring.test.ts check them).
    const { BrowserWindow } = deps;
    // prettier-ignore
    const win = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
      x: display.bounds.x,
      y: display.bounds.y,
      width: fullscreen ? display.bounds.width : WINDOWED.width,
      height: fullscreen ? display.bounds.height : WINDOWED.height,
      fullscreen,
      show: false,
      backgroundColor: '#101418',
      autoHideMenuBar: true,
      webPreferences: webPreferencesFor(role, deps.preload, deps.devTools),
    });
    const contentsId = win.webContents.id;
    hardenContents(win.webContents);
    deps.lockdown.attach(win);
    watchForCrashes(win, { log: deps.log, isAppUrl, fallbackUrl: roleUrl(role) });
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      open.delete(role);
      on.delete(role);
      deps.lockdown.forget(contentsId);
      deps.keepAwake.forget(contentsId);
      remember();
    });
    open.set(role, win);
    on.set(role, display.id);
    remember();
    deps.log(`window ${contentsId}: ${role} opened on display ${display.id}`);
    void win.loadURL(roleUrl(role));
    return win;
  }

  /** A display unplugged: its windows move to another (the remembered display is kept). */
  function displayRemoved(gone: { id: number }): void {
    for (const [role, win] of open) {
      if (on.get(role) !== gone.id || win.isDestroyed()) continue;
      const used = [...on.values()].filter((id) => id !== gone.id);
      const target = fallbackDisplay(displays(), primaryId(), used);
      if (!target) continue;
      deps.log(`display ${gone.id} removed: ${role} moved to display ${target.id}`);
      place(win, role, target);
    }
  }

  /** A display plugged (back) in: the windows remembered on it return there. */
  function displayAdded(added: { id: number }): void {
    const display = displays().find((d) => d.id === added.id);
    if (!display) return;
    for (const [role, win] of open) {
      if (on.get(role) !== added.id || win.isDestroyed()) continue;
      deps.log(`display ${added.id} back: ${role} returns to it`);
      place(win, role, display);
    }
  }

  return {
    open: openRole,
    get: (role: Role) => open.get(role),
    /** The window to bring forward on a second launch. */
    front: () => open.get('console') ?? [...open.values()][0],
    watchDisplays(): void {
      deps.screen.on('display-removed', (_event, display) => displayRemoved(display));
      deps.screen.on('display-added', (_event, display) => displayAdded(display));
    },
    /** After `before-quit` the layout is no longer rewritten as windows close. */
    freeze: () => {
      frozen = true;
    },
  };
}

export type Windows = ReturnType<typeof createWindows>;
