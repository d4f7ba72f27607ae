import { mkdir, readdir, readFile, rm, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FilmInfo, ImportProgress } from '../shared/bridge';
import { fail, ok, type Result } from '../shared/result';
import { baseName } from '../shared/film-files';
import { importFilm, SAMPLE_ID, type FilmStore, type SourceFile } from '../shared/film-import';
import { APP_ORIGIN } from './app-origin';
import { copyWithProgress, fsErrorCode, type OpenWrite } from './copy-file';
import { readManifest, syncFile, writeManifest } from './film-manifest';
import { readHead } from './media-sniff';

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

const PENDING = '.importing-';

/** URL under which the app protocol serves a film's files. */
export const mediaUrl = (filmId: string, file: string): string =>
  `${APP_ORIGIN}/media/${encodeURIComponent(filmId)}/${encodeURIComponent(file)}`;

const withUrls = (f: FilmInfo): FilmInfo => ({
  ...f,
  src: mediaUrl(f.id, f.src),
  subtitles: f.subtitles.map((s) => ({ ...s, src: mediaUrl(f.id, s.src) })),
});

/** A file on disk as the shared import procedure reads it. */
type DiskFile = SourceFile & { path: string };

async function sourceOf(path: string): Promise<DiskFile> {
  const { size } = await stat(path);
  return { path, name: baseName(path), size, head: (n) => readHead(path, n), read: async () => readFile(path) };
}

/**
 * The Node adapter of the film store: a film is written in a hidden temporary folder,
 * each file flushed, and renamed into place with its manifest, so a crash mid-import
 * never lists a half film.
 */
function diskStore(dirs: MediaDirs): FilmStore<DiskFile> {
  return {
    async begin(id) {
      const tmp = join(dirs.libraryDir, `${PENDING}${id}`);
      await mkdir(tmp, { recursive: true });
      return {
        async copy(source, as, onBytes, signal) {
          await copyWithProgress(source.path, join(tmp, as), onBytes, signal, dirs.openWrite);
          await syncFile(join(tmp, as));
        },
        writeText: (name, text) => writeFile(join(tmp, name), text, 'utf8'),
        async commit(film) {
          await writeManifest(tmp, film);
          await rename(tmp, join(dirs.libraryDir, id));
        },
        discard: () => rm(tmp, { recursive: true, force: true }).catch(() => undefined),
      };
    },
  };
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
        const picked = await Promise.all([req.videoPath, ...req.subtitlePaths].map(sourceOf));
        const ctx = { store: diskStore(dirs), emit: onProgress, signal: importing.signal, toResult: fsErrorCode };
        const film = await importFilm(picked, ctx);
        return film.ok ? ok(withUrls(film.value)) : film;
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
