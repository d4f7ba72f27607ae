export interface InstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], cwd: string) => void): unknown;
}

/**
 * One kiosk per laptop: two apps on the same IndexedDB would each think they own it.
 * Taken before any window opens. A second launch (a double-click, a shortcut with
 * arguments) quits at once and brings the running app forward; its arguments are only
 * logged, never acted on.
 */
export function takeSingleInstance(app: InstanceApp, bringForward: () => void, log: (line: string) => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv) => {
    log(`second launch (${argv.length} arguments): running app brought forward`);
    bringForward();
  });
  return true;
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export function bringToFront(win: FocusableWindow | undefined): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
