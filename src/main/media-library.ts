import { mkdir, readdir, readFile, rm, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FilmInfo, ImportProgress, SubtitleTrack } from '../shared/bridge';
import { fail, ok, type Result } from '../shared/result';
import { baseName, newFilmId, titleFromName, videoFileName } from '../shared/film-files';
import { convertSubtitleFiles, type ConvertedTrack, type SubtitleFile } from '../shared/subtitles';
import { APP_ORIGIN } from './app-origin';
import { copyWithProgress, fsErrorCode, type OpenWrite } from './copy-file';
import { readManifest, syncFile, writeManifest } from './film-manifest';
import { sniffFile } from './media-sniff';

export interface MediaDirs {
  /** Folder of the shipped sample film (resources/sample). */
  sampleDir: string;
  /** Writable library folder (userData/media). */
  libraryDir: string;
  /** Tests only: where the film's bytes are written (e.g. a full device). */
  openWrite?: OpenWrite;
}

export interface ImportRequest {
  videoPath: string;
  subtitlePaths: string[];
}

export const SAMPLE_ID = 'sample';
const PENDING = '.importing-';

/** URL under which the app protocol serves a film's files. */
export const mediaUrl = (filmId: string, file: string): string =>
  `${APP_ORIGIN}/media/${encodeURIComponent(filmId)}/${encodeURIComponent(file)}`;

const withUrls = (f: FilmInfo): FilmInfo => ({
  ...f,
  src: mediaUrl(f.id, f.src),
  subtitles: f.subtitles.map((s) => ({ ...s, src: mediaUrl(f.id, s.src) })),
});

type Subs = ConvertedTrack[];

/** Reads and converts every subtitle file first: a bad one stops the import before any copy. */
async function readSubtitles(paths: string[]): Promise<Result<Subs>> {
  const files: SubtitleFile[] = [];
  for (const path of paths) {
    const { size } = await stat(path);
    files.push({ name: baseName(path), size, read: async () => new Uint8Array(await readFile(path)) });
  }
  return convertSubtitleFiles(files);
}

/**
 * The kiosk's film library on disk: one folder per film with its video, its subtitles
 * as WebVTT and a `film.json` manifest, made visible by renaming a finished temporary
 * folder (so a crash mid-import never lists a half film). Plain Node, no Electron:
 * tested under Vitest with real files. Works offline; nothing here is synced.
 */
export function createMediaLibrary(dirs: MediaDirs) {
  let importing: AbortController | null = null;
  let cleaned = false;

  async function sample(): Promise<FilmInfo | null> {
    const m = await readManifest(dirs.sampleDir);
    return m ? withUrls({ ...m, id: SAMPLE_ID, bundled: true }) : null;
  }

  async function cleanPending(): Promise<void> {
    if (cleaned) return;
    cleaned = true;
    const names = await readdir(dirs.libraryDir).catch(() => [] as string[]);
    for (const n of names)
      if (n.startsWith(PENDING)) await rm(join(dirs.libraryDir, n), { recursive: true, force: true });
  }

  async function copyFilm(
    req: ImportRequest,
    subs: Subs,
    onProgress: (p: ImportProgress) => void,
    signal: AbortSignal,
  ) {
    const id = newFilmId();
    const container = await sniffFile(req.videoPath);
    if (!container) return fail<FilmInfo>('unsupported_media', 'not a video container');
    const { size } = await stat(req.videoPath);
    const total = size + subs.reduce((n, s) => n + s.size, 0);
    const file = baseName(req.videoPath);
    const tmp = join(dirs.libraryDir, `${PENDING}${id}`);
    await mkdir(tmp, { recursive: true });
    let copied = 0;
    let lastSent = 0;
    onProgress({ copied, total, file });
    const video = videoFileName(container, req.videoPath);
    const copiedRes = await copyWithProgress(
      req.videoPath,
      join(tmp, video),
      (n) => {
        copied += n;
        // At most ~20 messages a second over IPC, however fast the disk.
        if (Date.now() - lastSent >= 50 || copied === size) {
          lastSent = Date.now();
          onProgress({ copied, total, file });
        }
      },
      signal,
      dirs.openWrite,
    );
    if (!copiedRes.ok) {
      await rm(tmp, { recursive: true, force: true });
      return copiedRes as Result<FilmInfo>;
    }
    await syncFile(join(tmp, video));
    const subtitles: SubtitleTrack[] = [];
    for (const s of subs) {
      await writeFile(join(tmp, `${s.lang}.vtt`), s.vtt, 'utf8');
      subtitles.push({ lang: s.lang, src: `${s.lang}.vtt` });
    }
    onProgress({ copied: total, total, file });
    const film: FilmInfo = {
      id,
      title: titleFromName(req.videoPath),
      src: video,
      subtitles,
      bundled: false,
      sizeBytes: size,
      addedAt: new Date().toISOString(),
    };
    await writeManifest(tmp, film);
    await rename(tmp, join(dirs.libraryDir, id));
    return ok(withUrls(film));
  }

  return {
    /** The sample first, then imported films oldest first; damaged folders are skipped. */
    async list(): Promise<Result<FilmInfo[]>> {
      await cleanPending();
      const films: FilmInfo[] = [];
      const s = await sample();
      if (s) films.push(s);
      const names = await readdir(dirs.libraryDir).catch(() => [] as string[]);
      const own = await Promise.all(
        names.filter((n) => !n.startsWith('.')).map((n) => readManifest(join(dirs.libraryDir, n))),
      );
      for (const f of own
        .filter((f): f is FilmInfo => f !== null && f.id !== SAMPLE_ID)
        .sort((a, b) => a.addedAt.localeCompare(b.addedAt)))
        films.push(withUrls(f));
      return ok(films);
    },

    async importFilm(req: ImportRequest, onProgress: (p: ImportProgress) => void): Promise<Result<FilmInfo>> {
      if (importing) return fail('busy');
      importing = new AbortController();
      try {
        await cleanPending();
        await mkdir(dirs.libraryDir, { recursive: true });
        const subs = await readSubtitles(req.subtitlePaths);
        if (!subs.ok) return subs;
        return await copyFilm(req, subs.value, onProgress, importing.signal);
      } catch (err) {
        return fsErrorCode(err);
      } finally {
        importing = null;
      }
    },

    /** Stops the running import; its partial copy is removed. Nothing running is not an error. */
    async cancelImport(): Promise<Result<void>> {
      importing?.abort();
      return ok(undefined);
    },

    async remove(id: string): Promise<Result<void>> {
      if (id === SAMPLE_ID) return fail('invalid_argument', 'the sample film cannot be removed');
      const dir = join(dirs.libraryDir, id);
      if (!(await readManifest(dir))) return fail('not_found');
      await rm(dir, { recursive: true, force: true });
      return ok(undefined);
    },

    async setDuration(id: string, durationSec: number): Promise<Result<void>> {
      if (id === SAMPLE_ID) return ok(undefined); // shipped with its duration
      const dir = join(dirs.libraryDir, id);
      const film = await readManifest(dir);
      if (!film) return fail('not_found');
      await writeManifest(dir, { ...film, durationSec });
      return ok(undefined);
    },
  };
}

export type MediaLibrary = ReturnType<typeof createMediaLibrary>;
