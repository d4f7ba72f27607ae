import type { FilmInfo, ImportProgress, KioskApi } from '@shared/bridge';
import {
  isFilmInfo,
  MANIFEST,
  newFilmId,
  sniffContainer,
  SNIFF_BYTES,
  splitPicked,
  titleFromName,
  videoFileName,
  type Container,
} from '@shared/film-files';
import { fail, ok, type ErrorCode, type Result } from '@shared/result';
import { convertSubtitleFiles, type ConvertedTrack } from '@shared/subtitles';
import { childNames, mediaRoot, pickFiles, readText, streamInto, writeText } from './opfs';

type Media = Omit<KioskApi['media'], 'onImportProgress'>;
const SAMPLE_ID = 'sample';
const ACCEPT = '.mp4,.m4v,.webm,.srt,.vtt,video/mp4,video/webm';

function browserErrorCode(err: unknown): ErrorCode {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'AbortError') return 'cancelled';
  if (name === 'QuotaExceededError') return 'disk_full';
  if (name === 'NotFoundError') return 'not_found';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'permission_denied';
  return 'io_error';
}

/** The picked files as one film: subtitles converted and the video's container known, or why not. */
async function checkPicked(
  files: File[],
): Promise<Result<{ video: File; subs: ConvertedTrack[]; container: Container }>> {
  const picked = splitPicked(files, (f) => f.name);
  if (!picked.ok) return picked;
  const { video } = picked.value;
  const subs = await convertSubtitleFiles(
    picked.value.subtitles.map((f) => ({
      name: f.name,
      size: f.size,
      read: async () => new Uint8Array(await f.arrayBuffer()),
    })),
  );
  if (!subs.ok) return subs;
  const container = sniffContainer(new Uint8Array(await video.slice(0, SNIFF_BYTES).arrayBuffer()));
  if (!container) return fail('unsupported_media', 'not a video container');
  return ok({ video, subs: subs.value, container });
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

  async function copyFilm(
    root: FileSystemDirectoryHandle,
    files: File[],
    signal: AbortSignal,
  ): Promise<Result<FilmInfo>> {
    const checked = await checkPicked(files);
    if (!checked.ok) return checked;
    const { video, subs, container } = checked.value;
    const id = newFilmId();
    const dir = await root.getDirectoryHandle(id, { create: true });
    const total = video.size + subs.reduce((n, s) => n + s.size, 0);
    let copied = 0;
    let lastSent = 0;
    const onBytes = (n: number) => {
      copied += n;
      // At most ~20 updates a second, however fast the disk.
      if (performance.now() - lastSent < 50) return;
      lastSent = performance.now();
      emit({ copied, total, file: video.name });
    };
    emit({ copied, total, file: video.name });
    try {
      const src = videoFileName(container, video.name);
      await streamInto(dir, src, video, onBytes, signal);
      for (const s of subs) await writeText(dir, `${s.lang}.vtt`, s.vtt);
      const film: FilmInfo = {
        id,
        title: titleFromName(video.name),
        src,
        subtitles: subs.map((s) => ({ lang: s.lang, src: `${s.lang}.vtt` })),
        bundled: false,
        sizeBytes: video.size,
        addedAt: new Date().toISOString(),
      };
      await writeText(dir, MANIFEST, JSON.stringify(film)); // last: the film now exists
      emit({ copied: total, total, file: video.name });
      const listed = await readFilm(root, id);
      return listed ? ok(listed) : fail('io_error');
    } catch (err) {
      await root.removeEntry(id, { recursive: true }).catch(() => undefined);
      return fail(browserErrorCode(err));
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
        return fail('io_error', String(err));
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
        return await copyFilm(root, files, importing.signal);
      } catch (err) {
        return fail(browserErrorCode(err));
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
        return fail(browserErrorCode(err));
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
        return fail(browserErrorCode(err));
      }
    },
  };
}
