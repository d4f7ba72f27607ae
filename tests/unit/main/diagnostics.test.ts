import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDiagnostics } from '../../../src/main/diagnostics';
import { diagnosticsFile, scrubLine, type PlatformFacts } from '../../../src/shared/diagnostics';
import type { RendererFacts } from '../../../src/shared/bridge';

const renderer: RendererFacts = {
  storage: { usage: 10, quota: 100 },
  outbox: 12,
  lastSyncError: 'offline',
  route: 'console/settings',
};
const platform: PlatformFacts = {
  app: { platform: 'electron', version: '0.1.0', electron: '45.4.1' },
  os: { name: 'Windows_NT', release: '10.0.19045', arch: 'x64' },
  displays: [{ id: 1, label: 'laptop', primary: true, width: 1366, height: 768 }],
  logLines: [
    '[2026-12-01 20:14:03.120] [info]  start 0.1.0',
    '[2026-12-01 20:15:00.001] [error] sync failed for awa.diallo@example.sn, +221 77 123 45 67',
  ],
};
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the diagnostics file', () => {
  it('holds versions, displays, storage, outbox and the last sync error, named by the time', () => {
    const file = diagnosticsFile(renderer, platform, new Date('2026-12-01T20:16:30Z'));
    expect(file.name).toBe('mam-diagnostics-20261201-2016.json');
    expect(JSON.parse(file.text)).toMatchObject({
      app: { version: '0.1.0', electron: '45.4.1' },
      os: { name: 'Windows_NT' },
      displays: [{ width: 1366 }],
      storage: { usage: 10, quota: 100 },
      outbox: 12,
      lastSyncError: 'offline',
    });
  });

  it('masks anything in the log that looks like an e-mail address or a phone number, keeping the times', () => {
    const text = diagnosticsFile(renderer, platform, new Date()).text;
    expect(text).not.toContain('awa.diallo');
    expect(text).not.toContain('123 45 67');
    expect(text).toContain('[2026-12-01 20:15:00.001] [error] sync failed for [email], [number]');
    expect(scrubLine('outbox 3, film 80 s')).toBe('outbox 3, film 80 s');
  });

  it('is written where the facilitator chose; a folder that refuses writes gets read_only', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-diag-'));
    const saved = await writeDiagnostics(dir, { name: 'd.json', text: '{}\n' });
    expect(saved).toEqual({ ok: true, value: { path: join(dir, 'd.json') } });
    expect(readFileSync(join(dir, 'd.json'), 'utf8')).toBe('{}\n');
    // /sys refuses new files even to root (as a write-protected stick refuses them).
    expect(await writeDiagnostics('/sys', { name: 'd.json', text: '{}' })).toEqual({ ok: false, code: 'read_only' });
    // A full stick: /dev/full answers every write with ENOSPC.
    expect(await writeDiagnostics('/dev', { name: 'full', text: '{}' })).toEqual({ ok: false, code: 'disk_full' });
  });
});
