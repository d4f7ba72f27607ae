import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, BrowserWindow, Screen } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskLockdown } from '../../../src/main/kiosk-lockdown';
import { createKeepAwake } from '../../../src/main/power';
import { createStateWriter, placeWindows, readWindowState, type OpenWindow } from '../../../src/main/window-state';
import { createWindows } from '../../../src/main/windows';
import { FakeElectron, type FakeWindow } from './fake-electron';

const display = (id: number, x: number) => ({ id, bounds: { x, y: 0, width: 1920, height: 1080 } });
const laptop = display(1, 0);
const projector = display(2, 1920);
const touch = display(3, 3840);

describe('which windows reopen where', () => {
  it('reopens each window on its display when all are there', () => {
    const saved: OpenWindow[] = [
      { role: 'console', displayId: 1 },
      { role: 'stage', displayId: 2 },
      { role: 'kiosk', displayId: 3 },
    ];
    expect(placeWindows(saved, [laptop, projector, touch], 1)).toEqual(saved);
  });

  it('sends a window whose display is gone to another external display, else to the laptop', () => {
    const saved: OpenWindow[] = [
      { role: 'console', displayId: 9 },
      { role: 'stage', displayId: 2 },
      { role: 'kiosk', displayId: 3 },
    ];
    expect(placeWindows(saved, [laptop, touch], 1)).toEqual([
      { role: 'console', displayId: 1 },
      { role: 'stage', displayId: 3 },
      { role: 'kiosk', displayId: 3 },
    ]);
    expect(placeWindows(saved, [laptop], 1).map((w) => w.displayId)).toEqual([1, 1, 1]);
  });

  it('with nothing saved opens the console, and the stage when a second display is there', () => {
    expect(placeWindows([], [laptop], 1)).toEqual([{ role: 'console', displayId: 1 }]);
    expect(placeWindows([], [laptop, projector], 1)).toEqual([
      { role: 'console', displayId: 1 },
      { role: 'stage', displayId: 2 },
    ]);
  });
});

describe('the window state file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is written atomically and read back; a damaged or missing one means none', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-state-'));
    const lines: string[] = [];
    const write = createStateWriter(dir, (l) => lines.push(l));
    expect(await readWindowState(dir)).toEqual([]);
    void write([{ role: 'console', displayId: 1 }]);
    await write([
      { role: 'console', displayId: 1 },
      { role: 'kiosk', displayId: 3 },
    ]);
    expect(await readWindowState(dir)).toEqual([
      { role: 'console', displayId: 1 },
      { role: 'kiosk', displayId: 3 },
    ]);
    expect(readdirSync(dir)).toEqual(['windows.json']); // no temporary file left behind
    writeFileSync(join(dir, 'windows.json'), '{"version":1,"windows":[{"role":"admin"');
    expect(await readWindowState(dir)).toEqual([]);
    writeFileSync(join(dir, 'windows.json'), '{"version":1,"windows":[{"role":"admin","displayId":1}]}');
    expect(await readWindowState(dir)).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('a folder that cannot be written is logged, never thrown', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-state-'));
    writeFileSync(join(dir, 'blocker'), 'a file where the folder should be');
    const lines: string[] = [];
    await createStateWriter(join(dir, 'blocker'), (l) => lines.push(l))([{ role: 'console', displayId: 1 }]);
    expect(lines).toEqual([expect.stringMatching(/^window state not saved: E/)]);
  });
});

describe('the windows', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function setup() {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-windows-'));
    const fake = new FakeElectron(dir, dir);
    fake.displays = [laptop, projector].map((d) => ({ ...d, label: '', size: { width: 1920, height: 1080 } }));
    const saved: OpenWindow[][] = [];
    const windows = createWindows({
      BrowserWindow: fake.module.BrowserWindow as new (o: BrowserWindowConstructorOptions) => BrowserWindow,
      screen: fake.module.screen as Screen,
      preload: '/app/out/preload/index.js',
      devTools: false,
      lockdown: createKioskLockdown(() => undefined),
      keepAwake: createKeepAwake({ start: () => 1, stop: () => undefined, isStarted: () => true }, () => undefined),
      saveState: async (w) => void saved.push(w),
      log: () => undefined,
    });
    windows.watchDisplays();
    return { fake, windows, saved };
  }
  const byRole = (fake: FakeElectron, role: string) =>
    fake.windows.find((w) => w.webContents.url.endsWith(`#/${role}`)) as FakeWindow;

  it('remembers which windows are open on which display, and forgets a closed one', () => {
    const { fake, windows, saved } = setup();
    windows.open('console');
    windows.open('stage');
    expect(byRole(fake, 'stage').bounds.x).toBe(1920); // the projector, without being told
    expect(saved.at(-1)).toEqual([
      { role: 'console', displayId: 1 },
      { role: 'stage', displayId: 2 },
    ]);
    (byRole(fake, 'stage') as unknown as { close(): void }).close();
    expect(saved.at(-1)).toEqual([{ role: 'console', displayId: 1 }]);
    windows.freeze(); // quitting: the layout is kept as it was
    (byRole(fake, 'console') as unknown as { close(): void }).close();
    expect(saved.at(-1)).toEqual([{ role: 'console', displayId: 1 }]);
  });

  it('moves the stage to the laptop, as a window, when the projector is unplugged, and back when it returns', () => {
    const { fake, windows, saved } = setup();
    windows.open('console');
    windows.open('stage');
    const stage = byRole(fake, 'stage');
    expect(stage.fullScreen).toBe(true);
    fake.displays = fake.displays.filter((d) => d.id !== 2);
    fake.screenEvents.emit('display-removed', {}, { id: 2 });
    expect(stage.fullScreen).toBe(false);
    expect(stage.bounds).toEqual({ x: 0, y: 0, width: 960, height: 540 });
    // Still remembered on the projector: plugged back in, the stage returns to it, fullscreen.
    expect(saved.at(-1)).toContainEqual({ role: 'stage', displayId: 2 });
    fake.displays.push({ ...projector, label: '', size: { width: 1920, height: 1080 } });
    fake.screenEvents.emit('display-added', {}, { id: 2 });
    expect(stage.fullScreen).toBe(true);
    expect(stage.bounds).toEqual(projector.bounds);
  });
});
