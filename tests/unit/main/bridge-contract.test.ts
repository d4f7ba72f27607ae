import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskApi, RendererFacts } from '../../../src/shared/bridge';
import { CH } from '../../../src/shared/channels';
import { makeVoiceFixtures } from '../../support/voice-fixtures';
import { builtFile, type FakeContents, FakeElectron, loadWithFakeElectron } from './fake-electron';

// The real preload's object (out/preload) wired to the real handlers of the built main
// process (out/main) through an in-memory IPC pair that clones arguments as Electron
// does: every KioskApi method must round-trip, and bad arguments must come back refused.
let home = '';
let fake: FakeElectron;
let api: KioskApi;
let contents: FakeContents;
const called = new Set<string>();

function ipcPair(frameUrl: string) {
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  contents.send = (...all: unknown[]) => {
    const [channel, ...args] = all as [string, ...unknown[]];
    for (const l of listeners.get(channel) ?? []) l({}, ...structuredClone(args));
    return 0;
  };
  return {
    invoke: async (channel: string, ...args: unknown[]) => {
      const handler = fake.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      const event = { sender: contents, senderFrame: { url: frameUrl, parent: null } };
      return structuredClone(await handler(event, ...structuredClone(args)));
    },
    on: (channel: string, l: (...a: unknown[]) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l));
    },
    removeListener: (channel: string, l: (...a: unknown[]) => void) => listeners.get(channel)?.delete(l),
  };
}

/** The exposed object, with each call noted so the test can tell none was left out. */
function tracked<T extends object>(obj: T, path = ''): T {
  return new Proxy(obj, {
    get(target, key: string) {
      const v = (target as Record<string, unknown>)[key];
      if (typeof v === 'function')
        return (...args: unknown[]) => {
          called.add(`${path}${key}`);
          return (v as (...a: unknown[]) => unknown)(...args);
        };
      return v && typeof v === 'object' ? tracked(v, `${path}${key}.`) : v;
    },
  });
}

function methodsOf(obj: object, path = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'function' ? [`${path}${k}`] : methodsOf(v as object, `${path}${k}.`),
  );
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'kiosk-contract-'));
  process.env.KIOSK_PHONE_PORT = '5434';
  fake = new FakeElectron(home, resolve('.'));
  loadWithFakeElectron(builtFile('out/main/index.js'), fake.module);
  await fake.fireReady();
  contents = fake.windows[0]!.webContents;
  Object.assign(contents, { printToPDF: async () => new Uint8Array([37, 80, 68, 70]) });
  fake.module.ipcRenderer = ipcPair('kiosk://app/index.html#/console/settings');
  loadWithFakeElectron(builtFile('out/preload/index.js'), fake.module);
  api = tracked((fake.exposed as { kiosk: KioskApi }).kiosk);
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Phone access through the built main: opened on the loopback, a phone's question journaled, drained, acked. */
async function phonesRoundTrip() {
  const ifaces = await api.phones.interfaces();
  expect(ifaces.ok && ifaces.value.some((i) => i.address === '127.0.0.1')).toBe(true);
  const started = await api.phones.start('S1', '127.0.0.1');
  if (!started.ok) throw new Error(`phones.start: ${started.code} ${started.detail ?? ''}`);
  expect(started.value).toMatchObject({ on: true, screeningId: 'S1', port: 5434 });
  expect(await api.phones.state()).toEqual(started);
  expect((await api.phones.publish([{ id: 'Q1', text: 'Approuvée', votes: 2 }])).ok).toBe(true);
  const poll = { id: 'POLL1', screeningId: 'S1', kind: 'yes_no', language: 'fr', question: 'Oui ou non ?' } as const;
  const options = [{ id: 'o1', icon: 'yes', path: 'M4 12l5 5L20 6', label: 'Oui' }] as const;
  expect((await api.phones.publishPoll({ ...poll, options: [...options] })).ok).toBe(true);
  expect((await api.phones.publishPoll(null)).ok).toBe(true);
  const rotated = await api.phones.rotate();
  expect(rotated.ok && rotated.value.url).not.toBe(started.value.url);
  const url = rotated.ok ? rotated.value.url! : '';
  const heard: number[] = [];
  const off = api.phones.onEntry(() => heard.push(1));
  const body = { id: 'P0001', phoneId: 'phoneAAAAAAAAAAAAAAAAA', text: 'Une question', language: 'fr' };
  const sent = fetch(`${url}/api/questions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await expect
    .poll(async () => {
      const p = await api.phones.pending();
      return p.ok ? p.value.length : -1;
    })
    .toBe(1);
  expect(await api.phones.ack(['P0001'])).toEqual({ ok: true, value: undefined });
  expect(await (await sent).json()).toEqual({ status: 'saved' });
  off();
  expect(heard.length).toBe(1);
  expect(await api.phones.pending()).toEqual({ ok: true, value: [] });

  // A spoken question: its recording crosses the bridge as bytes, then is forgotten on ack.
  const recording = readFileSync(makeVoiceFixtures().ogg);
  const spoken = fetch(`${url}/api/voice?id=P0002&phoneId=phoneAAAAAAAAAAAAAAAAA&language=wo`, {
    method: 'POST',
    headers: { 'content-type': 'audio/ogg' },
    body: recording,
  });
  await expect
    .poll(async () => {
      const p = await api.phones.pending();
      return p.ok ? p.value.map((e) => e.kind) : [];
    })
    .toEqual(['voice']);
  const audio = await api.phones.audio('P0002');
  expect(audio.ok && Buffer.from(audio.value).equals(recording)).toBe(true);
  expect((await api.phones.ack(['P0002'])).ok).toBe(true);
  expect(await (await spoken).json()).toEqual({ status: 'saved' });
  expect(await api.phones.audio('P0002')).toEqual({ ok: false, code: 'not_found' });
  expect((await api.phones.stop()).ok).toBe(true);
}

const facts: RendererFacts = {
  storage: { usage: 1200, quota: 5e9 },
  outbox: 4,
  lastSyncError: 'offline',
  route: 'console/settings',
};

describe('the bridge, end to end through the built preload and main', () => {
  it('round-trips every method with good arguments', async () => {
    expect(await api.app.info()).toEqual({ ok: true, value: { platform: 'electron', version: '0.1.0' } });
    const films = await api.media.list();
    expect(films.ok && films.value[0]).toMatchObject({ id: 'sample', bundled: true });
    expect(await api.media.importFilm()).toEqual({ ok: false, code: 'cancelled' }); // the dialog is cancelled
    expect((await api.media.cancelImport()).ok).toBe(true);
    expect(await api.media.remove('sample')).toMatchObject({ ok: false });
    expect(await api.media.setDuration('sample', 80)).toHaveProperty('ok');
    const progress: unknown[] = [];
    const stop = api.media.onImportProgress((p) => progress.push(p));
    contents.send(CH.mediaImportProgress, { copied: 1, total: 2, file: 'film.mp4' });
    stop();
    contents.send(CH.mediaImportProgress, { copied: 2, total: 2, file: 'film.mp4' });
    expect(progress).toEqual([{ copied: 1, total: 2, file: 'film.mp4' }]);
    expect(await api.reports.save('report.csv', new Uint8Array([1, 2]))).toEqual({ ok: false, code: 'cancelled' });
    expect(await api.reports.savePdf('report.pdf')).toEqual({ ok: false, code: 'cancelled' });
    expect(await api.displays.list()).toEqual({
      ok: true,
      value: [{ id: 1, label: 'laptop', primary: true, width: 1366, height: 768 }],
    });
    expect(await api.windows.open('stage')).toEqual({ ok: true, value: undefined });
    expect(fake.windows.map((w) => w.webContents.url.split('#')[1])).toEqual(['/console', '/stage']);
    expect(await api.windows.setFullscreen(true)).toEqual({ ok: true, value: undefined });
    expect(fake.windows[0]!.fullScreen).toBe(true);
    expect(await api.windows.setKioskMode(true)).toEqual({ ok: true, value: undefined });
    expect(fake.windows[0]!.kiosk).toBe(true);
    expect(await api.windows.setKioskMode(false)).toEqual({ ok: true, value: undefined });
    expect(fake.windows[0]!.kiosk).toBe(false);
    expect(await api.power.keepAwake(true)).toEqual({ ok: true, value: undefined });
    expect(fake.calls).toContain('powerSaveBlocker.start(prevent-display-sleep)');
    expect(await api.power.keepAwake(false)).toEqual({ ok: true, value: undefined });
    expect(fake.calls).toContain('powerSaveBlocker.stop(7)');
    expect(await api.log.write('error', 'render error on #/console: TypeError: boom')).toEqual({
      ok: true,
      value: undefined,
    });
    fake.openDialogAnswer = { canceled: false, filePaths: [home] };
    const saved = await api.diagnostics.save(facts);
    expect(saved.ok).toBe(true);
    const file = JSON.parse(readFileSync(saved.ok ? saved.value.path! : '', 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({
      kind: 'mam-kiosk-diagnostics',
      outbox: 4,
      lastSyncError: 'offline',
      app: { version: '0.1.0' },
    });
    await expect
      .poll(async () => {
        const again = await api.diagnostics.save(facts);
        return (JSON.parse(readFileSync(again.ok ? again.value.path! : '', 'utf8')) as { log: string[] }).log.join(
          '\n',
        );
      })
      .toContain('[console] render error on #/console: TypeError: boom');
    await phonesRoundTrip();
    expect([...called].sort()).toEqual(methodsOf(api).sort());
  });

  it('refuses bad arguments with invalid_argument, whatever the page sends', async () => {
    const bad: [string, () => Promise<unknown>][] = [
      ['unknown role', () => (api.windows.open as (r: string) => Promise<unknown>)('admin')],
      ['negative display', () => api.windows.open('stage', -1)],
      ['not a boolean', () => (api.windows.setKioskMode as (v: unknown) => Promise<unknown>)('yes')],
      ['keep-awake string', () => (api.power.keepAwake as (v: unknown) => Promise<unknown>)(1)],
      ['unknown level', () => (api.log.write as (l: string, m: string) => Promise<unknown>)('debug', 'x')],
      ['line too long', () => api.log.write('info', 'x'.repeat(2001))],
      ['extra field', () => api.diagnostics.save({ ...facts, pledges: ['a@b.sn'] } as RendererFacts)],
      ['negative outbox', () => api.diagnostics.save({ ...facts, outbox: -1 })],
      ['path in film id', () => api.media.remove('../../etc')],
      ['report name with a slash', () => api.reports.save('../x.csv', new Uint8Array([1]))],
      ['phones on a name, not an address', () => api.phones.start('S1', 'evil.example')],
      ['phones on a bad screening id', () => api.phones.start('../S1', '127.0.0.1')],
      [
        'phones publishing other fields',
        () => api.phones.publish([{ id: 'Q1', text: 'x', votes: 1, phone: '77' }] as never),
      ],
      ['phones ack of a non-id', () => api.phones.ack(['a b'])],
      ['phones audio of a path', () => api.phones.audio('../journal')],
      [
        'phones poll with markup for a picture',
        () =>
          api.phones.publishPoll({
            id: 'P1',
            screeningId: 'S1',
            kind: 'yes_no',
            language: 'fr',
            question: 'x',
            options: [{ id: 'o1', icon: 'yes', path: '"><script>', label: 'x' }],
          }),
      ],
    ];
    for (const [what, call] of bad) expect(await call(), what).toMatchObject({ ok: false, code: 'invalid_argument' });
  });

  it('refuses a page that is not the app (another origin in the window)', async () => {
    fake.module.ipcRenderer = ipcPair('https://example.org/');
    loadWithFakeElectron(builtFile('out/preload/index.js'), fake.module);
    const foreign = (fake.exposed as { kiosk: KioskApi }).kiosk;
    expect(await foreign.log.write('info', 'hello')).toEqual({ ok: false, code: 'permission_denied' });
    expect(await foreign.diagnostics.save(facts)).toEqual({ ok: false, code: 'permission_denied' });
  });
});
