import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { Role } from '../shared/bridge';
import { roleUrl } from './app-origin';
import { hardenContents } from './security';
import { webPreferencesFor } from './web-preferences';

const open = new Map<Role, BrowserWindow>();

/** Opens or focuses the window of a role; the stage goes fullscreen on its display. */
export function openRoleWindow(role: Role, displayId?: number): BrowserWindow {
  const existing = open.get(role);
  if (existing && !existing.isDestroyed()) {
    existing.focus();
    return existing;
  }
  const display = screen.getAllDisplays().find((d) => d.id === displayId) ?? screen.getPrimaryDisplay();
  const fullscreen = role !== 'console';
  const win = new BrowserWindow({
    x: display.bounds.x,
    y: display.bounds.y,
    width: fullscreen ? display.bounds.width : 1280,
    height: fullscreen ? display.bounds.height : 800,
    fullscreen,
    show: false,
    backgroundColor: '#101418',
    autoHideMenuBar: true,
    webPreferences: webPreferencesFor(role, join(__dirname, '../preload/index.js')),
  });
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => open.delete(role));
  open.set(role, win);
  void win.loadURL(roleUrl(role));
  return win;
}

/** The stage goes on a second display when one is connected. */
export function stageDisplayId(): number | undefined {
  const primary = screen.getPrimaryDisplay();
  return screen.getAllDisplays().find((d) => d.id !== primary.id)?.id;
}
