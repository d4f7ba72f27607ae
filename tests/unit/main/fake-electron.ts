import { EventEmitter } from 'node:events';
import { existsSync, statSync, readdirSync } from 'node:fs';
import Module from 'node:module';
import { join, resolve } from 'node:path';

/**
 * A recording stand-in for the `electron` module, enough to run the BUILT main process
 * (out/main/index.js) and preload (out/preload/index.js) in Node: every call that matters
 * is written to `calls` in order, windows and handlers are kept for the test to drive.
 */
export class FakeElectron {
  readonly calls: string[] = [];
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  readonly windows: FakeWindow[] = [];
  readonly appEvents = new EventEmitter();
  readonly screenEvents = new EventEmitter();
  readonly paths = new Map<string, string>();
  exposed: Record<string, unknown> | undefined;
  lockGranted = true;
  openDialogAnswer: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };
  displays = [
    { id: 1, label: 'laptop', bounds: { x: 0, y: 0, width: 1366, height: 768 }, size: { width: 1366, height: 768 } },
  ];
  private ready!: () => void;
  private readonly readyPromise = new Promise<void>((r) => (this.ready = r));
  private nextContentsId = 1;

  constructor(appData: string, appPath: string, isPackaged = false) {
    this.paths.set('appData', appData);
    this.paths.set('documents', appData);
    this.paths.set('userData', join(appData, 'Electron')); // Electron's own default before pinning
    const rec =
      (name: string) =>
      (...args: unknown[]) => {
        this.calls.push(args.length ? `${name}(${args.map(short).join(', ')})` : name);
      };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the stand-in's methods are plain functions, like Electron's
    const self = this;
    this.module = {
      app: {
        isPackaged,
        getPath: (name: string) => {
          self.calls.push(`app.getPath(${name})`);
          return self.paths.get(name) ?? join(appData, name);
        },
        setPath: (name: string, p: string) => {
          rec('app.setPath')(name, p);
          self.paths.set(name, p);
        },
        setAppUserModelId: rec('app.setAppUserModelId'),
        getVersion: () => '0.1.0',
        getAppPath: () => appPath,
        requestSingleInstanceLock: () => {
          rec('app.requestSingleInstanceLock')();
          return self.lockGranted;
        },
        quit: rec('app.quit'),
        enableSandbox: rec('app.enableSandbox'),
        on: (event: string, fn: (...a: unknown[]) => void) => {
          rec('app.on')(event);
          self.appEvents.on(event, fn);
        },
        whenReady: () => self.readyPromise,
      },
      BrowserWindow: makeWindowClass(this),
      crashReporter: { start: rec('crashReporter.start') },
      dialog: {
        showOpenDialog: async (...args: unknown[]) => {
          rec('dialog.showOpenDialog')(...args.slice(-1));
          return self.openDialogAnswer;
        },
        showSaveDialog: async () => ({ canceled: true }),
      },
      ipcMain: {
        handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
          rec('ipcMain.handle')(channel);
          self.handlers.set(channel, fn);
        },
        on: rec('ipcMain.on'),
      },
      Menu: {
        buildFromTemplate: (template: unknown) => ({ template }),
        setApplicationMenu: (menu: unknown) => rec('Menu.setApplicationMenu')(menu),
      },
      powerSaveBlocker: {
        start: (type: string) => {
          rec('powerSaveBlocker.start')(type);
          return 7;
        },
        stop: rec('powerSaveBlocker.stop'),
        isStarted: () => true,
      },
      protocol: {
        registerSchemesAsPrivileged: rec('protocol.registerSchemesAsPrivileged'),
        handle: rec('protocol.handle'),
      },
      screen: {
        getAllDisplays: () => self.displays,
        getPrimaryDisplay: () => self.displays[0],
        on: (event: string, fn: (...a: unknown[]) => void) => {
          rec('screen.on')(event);
          self.screenEvents.on(event, fn);
        },
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: rec('session.setPermissionRequestHandler'),
          setPermissionCheckHandler: rec('session.setPermissionCheckHandler'),
        },
      },
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, unknown>) => (self.exposed = { [key]: api }),
      },
      ipcRenderer: undefined,
    };
  }

  readonly module: Record<string, unknown> & { app: Record<string, unknown> };

  newContentsId(): number {
    return this.nextContentsId++;
  }

  /**
   * Fires `ready` and waits until the main process has done what it does then: its last
   * step watches the displays, after the windows of the saved layout are open. Waiting on
   * that step, not a pause, holds on a loaded machine, where reading the layout from disk
   * can outlast any fixed pause.
   */
  async fireReady(): Promise<void> {
    this.ready();
    const deadline = Date.now() + 10_000;
    while (!this.calls.some((c) => c.startsWith('screen.on(display-added'))) {
      if (Date.now() > deadline) throw new Error('the main process did not finish its ready step');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Fires `ready` in a process that must do nothing then (a second instance): a pause is all there is to wait on. */
  async fireReadyExpectingNothing(): Promise<void> {
    this.ready();
    await new Promise((r) => setTimeout(r, 50));
  }
}

export class FakeContents extends EventEmitter {
  url = '';
  destroyed = false;
  openHandler: unknown;
  readonly sent: unknown[][] = [];
  constructor(readonly id: number) {
    super();
  }
  getURL = () => this.url;
  isDestroyed = () => this.destroyed;
  loadURL = async (url: string) => {
    this.url = url;
  };
  forcefullyCrashRenderer = () => this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
  setWindowOpenHandler = (fn: unknown) => (this.openHandler = fn);
  send = (...args: unknown[]) => this.sent.push(args);
}

export interface FakeWindow extends EventEmitter {
  options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
  webContents: FakeContents;
  kiosk: boolean;
  fullScreen: boolean;
  bounds: { x: number; y: number; width: number; height: number };
}

function makeWindowClass(fake: FakeElectron) {
  return class extends EventEmitter implements FakeWindow {
    static fromWebContents = (c: FakeContents) => fake.windows.find((w) => w.webContents === c) ?? null;
    webContents: FakeContents;
    kiosk = false;
    fullScreen: boolean;
    bounds: { x: number; y: number; width: number; height: number };
    destroyed = false;
    constructor(readonly options: FakeWindow['options']) {
      super();
      fake.calls.push(`new BrowserWindow`);
      this.webContents = new FakeContents(fake.newContentsId());
      this.fullScreen = !!options.fullscreen;
      this.bounds = {
        x: Number(options.x),
        y: Number(options.y),
        width: Number(options.width),
        height: Number(options.height),
      };
      fake.windows.push(this);
    }
    loadURL = (url: string) => this.webContents.loadURL(url);
    show = () => undefined;
    focus = () => fake.calls.push('window.focus');
    restore = () => undefined;
    isMinimized = () => false;
    isDestroyed = () => this.destroyed;
    setKiosk = (on: boolean) => (this.kiosk = on);
    isFullScreen = () => this.fullScreen;
    setFullScreen = (on: boolean) => (this.fullScreen = on);
    setBounds = (b: FakeWindow['bounds']) => (this.bounds = b);
    close = () => {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    };
  };
}

const short = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** Fails with a plain message when out/ is missing or older than the sources it is built from. */
export function builtFile(rel: string): string {
  const file = resolve(rel);
  if (!existsSync(file)) throw new Error(`${rel} is missing: run \`npx electron-vite build\` first (npm test does)`);
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
      ),
    );
  const sources = Math.max(newest('src/main'), newest('src/preload'), newest('src/shared'));
  if (statSync(file).mtimeMs < sources) throw new Error(`${rel} is older than src/: run \`npx electron-vite build\``);
  return file;
}

/** Loads a built CommonJS bundle with `electron` resolved to the stand-in. */
export function loadWithFakeElectron(file: string, electron: unknown): void {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return electron;
    return original.call(this, request, ...rest);
  };
  try {
    const req = Module.createRequire(file);
    delete req.cache[file];
    req(file);
  } finally {
    loader._load = original;
  }
}
