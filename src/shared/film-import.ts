import type { FilmInfo, ImportProgress, SubtitleTrack } from './bridge';
import { newFilmId, sniffContainer, SNIFF_BYTES, splitPicked, titleFromName, videoFileName } from './film-files';
import { fail, ok, type Result } from './result';
import { convertSubtitleFiles } from './subtitles';

/**
 * The one film-import procedure of both platforms (Electron's main process over Node's
 * fs, the browser over OPFS): guard, split, convert the subtitles, sniff the container,
 * copy with throttled progress, lay the folder out and make it visible last. Each
 * platform gives a storage port (FilmStore) and its one error mapper.
 */

/** The shipped sample film's id: listed first, never removed. */
export const SAMPLE_ID = 'sample';

/** A picked file on either platform (a path in Node, a File in the browser). */
export interface SourceFile {
  /** Base name, as the facilitator sees it. */
  name: string;
  size: number;
  /** The first `n` bytes (fewer when the file is shorter). */
  head(n: number): Promise<Uint8Array>;
  read(): Promise<Uint8Array>;
}

/** A film folder being written: invisible to the library until `commit`. */
export interface FilmDraft<S extends SourceFile = SourceFile> {
  /** Streams the video in, reporting each chunk's bytes; rejects with the platform's error. */
  copy(source: S, as: string, onBytes: (n: number) => void, signal: AbortSignal): Promise<void>;
  writeText(name: string, text: string): Promise<void>;
  /** Writes the manifest and makes the film visible in one step. */
  commit(film: FilmInfo): Promise<void>;
  /** Removes whatever was written (never rejects). */
  discard(): Promise<void>;
}

/** Where films are kept, one folder per film id. */
export interface FilmStore<S extends SourceFile = SourceFile> {
  begin(id: string): Promise<FilmDraft<S>>;
}

export interface ImportContext<S extends SourceFile> {
  store: FilmStore<S>;
  emit: (p: ImportProgress) => void;
  signal: AbortSignal;
  /** The platform's error mapper: a failure of its storage as what the facilitator is told. */
  toResult: (err: unknown) => Result<never>;
}

/** At most ~20 progress messages a second, however fast the disk. */
const PROGRESS_EVERY_MS = 50;

/**
 * Imports one film and its subtitles from what was picked. A bad subtitle or a file that
 * is not a video stops it before anything is copied; a failure or a cancel mid-copy
 * leaves no folder. Returns the manifest as stored (sources relative to the folder).
 */
export async function importFilm<S extends SourceFile>(
  picked: readonly S[],
  ctx: ImportContext<S>,
): Promise<Result<FilmInfo>> {
  const split = splitPicked(picked, (f) => f.name);
  if (!split.ok) return split;
  const { video } = split.value;
  const subs = await convertSubtitleFiles(split.value.subtitles);
  if (!subs.ok) return subs;
  const container = sniffContainer(await video.head(SNIFF_BYTES));
  if (!container) return fail('unsupported_media', 'not a video container');
  const id = newFilmId();
  const total = video.size + subs.value.reduce((n, s) => n + s.size, 0);
  const file = video.name;
  let copied = 0;
  let lastSent = 0;
  const onBytes = (n: number) => {
    copied += n;
    if (Date.now() - lastSent < PROGRESS_EVERY_MS && copied !== video.size) return;
    lastSent = Date.now();
    ctx.emit({ copied, total, file });
  };
  const draft = await ctx.store.begin(id);
  try {
    ctx.emit({ copied, total, file });
    const src = videoFileName(container, video.name);
    await draft.copy(video, src, onBytes, ctx.signal);
    const subtitles: SubtitleTrack[] = [];
    for (const s of subs.value) {
      await draft.writeText(`${s.lang}.vtt`, s.vtt);
      subtitles.push({ lang: s.lang, src: `${s.lang}.vtt` });
    }
    const film: FilmInfo = {
      id,
      title: titleFromName(video.name),
      src,
      subtitles,
      bundled: false,
      sizeBytes: video.size,
      addedAt: new Date().toISOString(),
    };
    await draft.commit(film);
    ctx.emit({ copied: total, total, file });
    return ok(film);
  } catch (err) {
    await draft.discard();
    return ctx.toResult(err);
  }
}
