import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../src/shared/bridge';
import { readProblemDetail } from '../../../src/shared/subtitles';
import { createMediaLibrary, type MediaDirs } from '../../../src/main/media-library';
import { FRENCH_CUES, makeMediaFixtures, WOLOF_CUES, type MediaFixtures } from '../../support/media-fixtures';

let fx: MediaFixtures;
let libraryDir: string;
let dirs: MediaDirs;

beforeAll(() => {
  fx = makeMediaFixtures();
});
beforeEach(() => {
  libraryDir = join(mkdtempSync(join(tmpdir(), 'kiosk-library-')), 'media');
  dirs = { sampleDir: resolve('resources/sample'), libraryDir };
});
afterEach(() => rmSync(resolve(libraryDir, '..'), { recursive: true, force: true }));

const folders = () => (existsSync(libraryDir) ? readdirSync(libraryDir) : []);
const fileOf = (url: string) => join(libraryDir, ...new URL(url).pathname.split('/').slice(2).map(decodeURIComponent));

describe('the film library on disk', () => {
  it('lists the bundled sample first, with its subtitles and duration, on a fresh machine', async () => {
    const res = await createMediaLibrary(dirs).list();
    expect(res.ok && res.value.map((f) => [f.id, f.bundled, f.durationSec])).toEqual([['sample', true, 80]]);
    const sample = res.ok ? res.value[0]! : null;
    expect(sample?.src).toBe('kiosk://app/media/sample/sample.mp4');
    expect(sample?.subtitles.map((s) => s.lang)).toEqual(['fr', 'wo']);
  });

  it('imports a film with a Latin-1 .srt and a UTF-8 .vtt, reporting progress to the end', async () => {
    const lib = createMediaLibrary(dirs);
    const progress: ImportProgress[] = [];
    const res = await lib.importFilm({ videoPath: fx.mp4, subtitlePaths: [fx.latin1Srt, fx.wolofVtt] }, (p) =>
      progress.push(p),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const film = res.value;
    expect(film.title).toBe('Témoignage de Kolda');
    expect(film.bundled).toBe(false);
    expect(film.sizeBytes).toBe(readFileSync(fx.mp4).length);
    expect(readFileSync(fileOf(film.src)).equals(readFileSync(fx.mp4))).toBe(true);
    // The Windows-1252 bytes came out as the right letters, in UTF-8 WebVTT.
    const fr = readFileSync(fileOf(film.subtitles.find((s) => s.lang === 'fr')!.src), 'utf8');
    expect(fr.startsWith('WEBVTT')).toBe(true);
    expect(fr).toContain(FRENCH_CUES[1]);
    expect(readFileSync(fileOf(film.subtitles.find((s) => s.lang === 'wo')!.src), 'utf8')).toContain(WOLOF_CUES[1]);
    const copied = progress.map((p) => p.copied);
    expect(copied).toEqual([...copied].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ copied: progress.at(-1)!.total, file: 'Témoignage de Kolda.mp4' });

    const listed = await lib.list();
    expect(listed.ok && listed.value.map((f) => f.id)).toEqual(['sample', film.id]);
  });

  it('records a measured duration in the manifest and lists it after a restart', async () => {
    const first = createMediaLibrary(dirs);
    const res = await first.importFilm({ videoPath: fx.webm, subtitlePaths: [] }, () => undefined);
    if (!res.ok) throw new Error(res.code);
    expect(await first.setDuration(res.value.id, 3.04)).toEqual({ ok: true, value: undefined });
    const again = await createMediaLibrary(dirs).list();
    expect(again.ok && again.value.find((f) => f.id === res.value.id)?.durationSec).toBe(3.04);
    expect(res.value.src.endsWith('/film.webm')).toBe(true);
  });

  it('refuses a text file named .mp4 before copying anything', async () => {
    const res = await createMediaLibrary(dirs).importFilm(
      { videoPath: fx.textAsMp4, subtitlePaths: [] },
      () => undefined,
    );
    expect(res).toMatchObject({ ok: false, code: 'unsupported_media' });
    expect(folders()).toEqual([]);
  });

  it('refuses subtitles with broken timing, saying which file and line, and copies nothing', async () => {
    const res = await createMediaLibrary(dirs).importFilm(
      { videoPath: fx.mp4, subtitlePaths: [fx.brokenSrt] },
      () => undefined,
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe('bad_subtitles');
    expect(readProblemDetail(res.detail)).toEqual({ file: 'casse.fr.srt', reason: 'timing', line: 6 });
    expect(folders()).toEqual([]);
  });

  it('refuses a subtitle file whose name does not say its language', async () => {
    const noLang = join(fx.dir, 'soustitres.srt');
    writeFileSync(noLang, readFileSync(fx.latin1Srt));
    const res = await createMediaLibrary(dirs).importFilm(
      { videoPath: fx.mp4, subtitlePaths: [noLang] },
      () => undefined,
    );
    expect(res.ok ? null : readProblemDetail(res.detail)?.reason).toBe('language');
    rmSync(noLang);
  });

  it('reports a full disk (a real ENOSPC from /dev/full), leaves no partial film and keeps the others', async () => {
    const kept = await createMediaLibrary(dirs).importFilm({ videoPath: fx.mp4, subtitlePaths: [] }, () => undefined);
    expect(kept.ok).toBe(true);
    const full = createMediaLibrary({ ...dirs, openWrite: () => createWriteStream('/dev/full') });
    const res = await full.importFilm({ videoPath: fx.bigMp4, subtitlePaths: [] }, () => undefined);
    expect(res).toMatchObject({ ok: false, code: 'disk_full' });
    expect(folders()).toEqual([kept.ok && kept.value.id]);
    const listed = await full.list();
    expect(listed.ok && listed.value.length).toBe(2);
  });

  it('cancels an import halfway and removes the partial copy', async () => {
    const lib = createMediaLibrary(dirs);
    let cancelled = false;
    const res = await lib.importFilm({ videoPath: fx.hugeMp4, subtitlePaths: [] }, (p) => {
      if (!cancelled && p.copied > 0 && p.copied < p.total) {
        cancelled = true;
        void lib.cancelImport();
      }
    });
    expect(cancelled).toBe(true);
    expect(res).toMatchObject({ ok: false, code: 'cancelled' });
    expect(folders()).toEqual([]);
  });

  it('runs one import at a time', async () => {
    const lib = createMediaLibrary(dirs);
    const first = lib.importFilm({ videoPath: fx.bigMp4, subtitlePaths: [] }, () => undefined);
    expect(await lib.importFilm({ videoPath: fx.mp4, subtitlePaths: [] }, () => undefined)).toMatchObject({
      ok: false,
      code: 'busy',
    });
    expect((await first).ok).toBe(true);
  });

  it('removes an imported film but never the sample', async () => {
    const lib = createMediaLibrary(dirs);
    const res = await lib.importFilm({ videoPath: fx.mp4, subtitlePaths: [] }, () => undefined);
    if (!res.ok) throw new Error(res.code);
    expect(await lib.remove('sample')).toMatchObject({ ok: false, code: 'invalid_argument' });
    expect(await lib.remove(res.value.id)).toEqual({ ok: true, value: undefined });
    expect(await lib.remove(res.value.id)).toMatchObject({ ok: false, code: 'not_found' });
    expect(folders()).toEqual([]);
  });

  it('skips a damaged film folder and clears an import a crash left behind', async () => {
    mkdirSync(join(libraryDir, 'broken'), { recursive: true });
    writeFileSync(join(libraryDir, 'broken', 'film.json'), '{ "id": "broken", ');
    mkdirSync(join(libraryDir, '.importing-x'));
    const res = await createMediaLibrary(dirs).list();
    expect(res.ok && res.value.map((f) => f.id)).toEqual(['sample']);
    expect(folders()).toEqual(['broken']);
  });
});
