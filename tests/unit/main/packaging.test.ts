import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFile } from './fake-electron';

// The packaging config run for real: electron-builder --dir, against a stand-in Electron
// folder (the real one cannot be downloaded here; -c.electronDist points at this one).
// What is checked is what electron-builder made of our config: the app archive, the
// resources beside it, the names.
let work = '';
let unpacked = '';

beforeAll(() => {
  builtFile('out/main/index.js');
  work = mkdtempSync(join(tmpdir(), 'kiosk-package-'));
  const dist = join(work, 'electron-dist');
  mkdirSync(join(dist, 'resources'), { recursive: true });
  writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho stand-in for the Electron binary\n');
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), '45.4.1');
  writeFileSync(join(dist, 'LICENSE'), '');
  const r = spawnSync(
    'npx',
    ['electron-builder', '--linux', '--dir', `-c.electronDist=${dist}`, `-c.directories.output=${join(work, 'out')}`],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`electron-builder failed:\n${r.stdout}\n${r.stderr}`);
  unpacked = join(work, 'out', 'linux-unpacked');
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packaged app (electron-builder --dir)', () => {
  it('holds the built main, preload and renderer in app.asar, and nothing else', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
    for (const f of ['/package.json', '/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html'])
      expect(files).toContain(f);
    expect(files.filter((f) => !f.startsWith('/out') && f !== '/package.json')).toEqual([]);
    const main = extractFile(join(unpacked, 'resources', 'app.asar'), 'out/main/index.js').toString('utf8');
    expect(main).toBe(readFileSync('out/main/index.js', 'utf8'));
    const pkg = JSON.parse(extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(pkg.main).toBe('./out/main/index.js');
  });

  it('needs nothing at run time beyond Node and Electron (no node_modules ship)', () => {
    const main = readFileSync('out/main/index.js', 'utf8');
    // A require written inside a template string is code Ajv (under the phone server's Fastify)
    // would emit for standalone validators, never run here: only real calls count.
    const required = new Set([...main.matchAll(/(?<!`)require\("([^"]+)"\)/g)].map((m) => m[1]!));
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    expect([...required].filter((m) => m !== 'electron' && !builtins.has(m))).toEqual([]);
  });

  it('puts the sample film and its subtitles in resources/sample, outside the archive', () => {
    expect(readdirSync(join(unpacked, 'resources', 'sample')).sort()).toEqual([
      'film.json',
      'fr.vtt',
      'sample.mp4',
      'wo.vtt',
    ]);
    // By digest: a deep toEqual of two 1.2 MB buffers walks them byte by byte (20 s under load).
    const digest = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(digest(join(unpacked, 'resources', 'sample', 'sample.mp4'))).toBe(digest('resources/sample/sample.mp4'));
  });

  it('names the binary and every installer without spaces', () => {
    expect(readdirSync(unpacked)).toContain('mam-screening-kiosk');
    const yml = readFileSync('electron-builder.yml', 'utf8');
    const names = [...yml.matchAll(/^\s*artifactName: (.+)$/gm)].map((m) => m[1]!);
    expect(names).toEqual([
      '${name}-${version}-${os}-${arch}.${ext}',
      '${name}-${version}-setup-${arch}.${ext}',
      '${name}-${version}-${arch}.${ext}',
      '${name}_${version}_${arch}.${ext}',
    ]);
    for (const n of names) expect(n).not.toMatch(/\s|productName/);
    expect(yml).toMatch(/- target: nsis/);
    expect(yml).toMatch(/- AppImage\n\s+- deb/);
  });
});
