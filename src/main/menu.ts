import type { MenuItemConstructorOptions } from 'electron';

/**
 * The production menu: editing shortcuts (copy, paste, undo in text fields) and quit,
 * nothing else. Electron's default menu carries Reload (Ctrl+R, F5) and Toggle Developer
 * Tools (Ctrl+Shift+I): on the public kiosk those would reach IndexedDB with every pledge
 * contact, so that menu is replaced before any window opens.
 */
export function productionMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const edit: MenuItemConstructorOptions = {
    role: 'editMenu',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  // macOS keeps its app menu (Quit); elsewhere the menu bar stays hidden (autoHideMenuBar).
  const app: MenuItemConstructorOptions[] =
    platform === 'darwin' ? [{ role: 'appMenu', submenu: [{ role: 'quit' }] }] : [];
  return [...app, edit];
}

export interface MenuApi<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
  setApplicationMenu(menu: M | null): void;
}

export function installProductionMenu<M>(menu: MenuApi<M>, platform: NodeJS.Platform): void {
  menu.setApplicationMenu(menu.buildFromTemplate(productionMenuTemplate(platform)));
}

/** The switch support starts the packaged app with to get the developer tools back. */
export const SUPPORT_DEVTOOLS_SWITCH = '--support-devtools';

/** Developer tools: always while developing, in the packaged app only with the support switch. */
export function devToolsAllowed(isPackaged: boolean, argv: readonly string[]): boolean {
  return !isPackaged || argv.includes(SUPPORT_DEVTOOLS_SWITCH);
}
