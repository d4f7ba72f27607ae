import type { FilmInfo, ImportProgress, KioskApi } from '@shared/bridge';
import { isFilmInfo, MANIFEST } from '@shared/film-files';
import { importFilm, SAMPLE_ID, type FilmStore, type SourceFile } from '@shared/film-import';
import { fail, ok, type Result } from '@shared/result';
import { childNames, mediaRoot, pickFiles, readText, streamInto, writeText } from './opfs';

type Media = Omit<KioskApi['media'], 'onImportProgress'>;
const ACCEPT = '.mp4,.m4v,.webm,.srt,.vtt,video/mp4,video/webm';

/** The browser's error mapper: a storage or stream failure as what the facilitator is told. */
function browserError(err: unknown): Result<never> {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'AbortError') return fail('cancelled');
  if (name === 'QuotaExceededError') return fail('disk_full');
  if (name === 'NotFoundError') return fail('not_found');
  if (name === 'NotAllowedError' || name === 'SecurityError') return fail('permission_denied');
  return fail('io_error', err instanceof Error ? err.message : String(err));
}

type PickedFile = SourceFile & { file: File };

const sourceOf = (file: File): PickedFile => ({
  file,
  name: file.name,
  size: file.size,
  head: async (n) => new Uint8Array(await file.slice(0, n).arrayBuffer()),
  read: async () => new Uint8Array(await file.arrayBuffer()),
});

/** The OPFS adapter of the film store: `film.json` is written last, so a half import is never listed. */
function opfsStore(root: FileSystemDirectoryHandle): FilmStore<PickedFile> {
  return {
    async begin(id) {
      const dir = await root.getDirectoryHandle(id, { create: true });
      return {
        copy: (source, as, onBytes, signal) => streamInto(dir, as, source.file, onBytes, signal),
        writeText: (name, text) => writeText(dir, name, text),
        commit: (film) => writeText(dir, MANIFEST, JSON.stringify(film)),
        discard: () => root.removeEntry(id, { recursive: true }).catch(() => undefined),
      };
    },
  };
}

/**
 * The film library of the browser platform: the sample film served beside the page,
 * imported films in OPFS (one folder per film, `film.json` written last so a half
 * import is never listed), played through blob URLs made in each window. Same rules
 * as Electron's library (src/shared/film-files, src/shared/subtitles). Offline; not synced.
 */
export function createBrowserMedia(sampleFilm: () => Promise<FilmInfo>, emit: (p: ImportProgress) => void): Media {
  let importing: AbortController | null = null;
  // Blob URLs live as long as this window; made once per film file, revoked on removal.
  const urls = new Map<string, string>();

  async function url(dir: FileSystemDirectoryHandle, id: string, file: string): Promise<string> {
    const key = `${id}/${file}`;
    let u = urls.get(key);
    if (!u) {
      u = URL.createObjectURL(await (await dir.getFileHandle(file)).getFile());
      urls.set(key, u);
    }
    return u;
  }

  async function readFilm(root: FileSystemDirectoryHandle, id: string): Promise<FilmInfo | null> {
    try {
      const dir = await root.getDirectoryHandle(id);
      const film: unknown = JSON.parse((await readText(dir, MANIFEST)) ?? 'null');
      if (!isFilmInfo(film) || film.id !== id) return null;
      const subtitles = await Promise.all(film.subtitles.map(async (s) => ({ ...s, src: await url(dir, id, s.src) })));
      return { ...film, src: await url(dir, id, film.src), subtitles };
    } catch {
      return null;
    }
  }

  /** Folders without a manifest are imports a crash or a closed tab cut short. */
  async function clearUnfinished(root: FileSystemDirectoryHandle): Promise<void> {
    for (const name of await childNames(root))
      if ((await readText(await root.getDirectoryHandle(name), MANIFEST)) === null)
        await root.removeEntry(name, { recursive: true }).catch(() => undefined);
  }

  return {
    list: async () => {
      try {
        const films = [await sampleFilm()];
        const root = await mediaRoot();
        if (root) {
          const own = await Promise.all((await childNames(root)).map((id) => readFilm(root, id)));
          films.push(
            ...own.filter((f): f is FilmInfo => f !== null).sort((a, b) => a.addedAt.localeCompare(b.addedAt)),
          );
        }
        return ok(films);
      } catch (err) {
        return browserError(err);
      }
    },
    importFilm: async () => {
      if (importing) return fail('busy');
      const root = await mediaRoot();
      if (!root) return fail('not_available');
      const files = await pickFiles(ACCEPT);
      if (!files || files.length === 0) return fail('cancelled');
      importing = new AbortController();
      try {
        await clearUnfinished(root);
        const ctx = { store: opfsStore(root), emit, signal: importing.signal, toResult: browserError };
        const film = await importFilm(files.map(sourceOf), ctx);
        if (!film.ok) return film;
        const listed = await readFilm(root, film.value.id);
        return listed ? ok(listed) : fail('io_error');
      } catch (err) {
        return browserError(err);
      } finally {
        importing = null;
      }
    },
    cancelImport: async () => {
      importing?.abort();
      return ok(undefined);
    },
    remove: async (id) => {
      if (id === SAMPLE_ID) return fail('invalid_argument', 'the sample film cannot be removed');
      const root = await mediaRoot();
      if (!root) return fail('not_available');
      try {
        await root.removeEntry(id, { recursive: true });
      } catch (err) {
        return browserError(err);
      }
      for (const [key, u] of urls) {
        if (!key.startsWith(`${id}/`)) continue;
        URL.revokeObjectURL(u);
        urls.delete(key);
      }
      return ok(undefined);
    },
    setDuration: async (id, durationSec) => {
      if (id === SAMPLE_ID) return ok(undefined); // shipped with its duration
      const root = await mediaRoot();
      if (!root) return fail('not_available');
      try {
        const dir = await root.getDirectoryHandle(id);
        const film: unknown = JSON.parse((await readText(dir, MANIFEST)) ?? 'null');
        if (!isFilmInfo(film)) return fail('not_found');
        await writeText(dir, MANIFEST, JSON.stringify({ ...film, durationSec }));
        return ok(undefined);
      } catch (err) {
        return browserError(err);
      }
    },
  };
}
