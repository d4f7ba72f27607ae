import type { FilmInfo } from './bridge';
import { fail, ok, type Result } from './result';

/**
 * What a film import is made of, decided the same way on both platforms (Electron's
 * main process with paths, the browser with File objects): one video and its subtitle
 * files, recognised by name, and the video's real container recognised by its bytes.
 */

const VIDEO = /\.(mp4|m4v|webm)$/i;
const SUBTITLE = /\.(vtt|srt)$/i;

export interface PickedFilm<T> {
  video: T;
  subtitles: T[];
}

/** One film and its subtitles from what the facilitator picked; anything else is refused. */
export function splitPicked<T>(items: readonly T[], nameOf: (item: T) => string): Result<PickedFilm<T>> {
  const videos = items.filter((i) => VIDEO.test(nameOf(i)));
  const others = items.filter((i) => !VIDEO.test(nameOf(i)) && !SUBTITLE.test(nameOf(i)));
  if (videos.length === 0 || others.length > 0) return fail('unsupported_media');
  if (videos.length > 1) return fail('invalid_argument', 'one film at a time');
  return ok({ video: videos[0]!, subtitles: items.filter((i) => SUBTITLE.test(nameOf(i))) });
}

export type Container = 'mp4' | 'webm';

/** The first 12 bytes a container check needs. */
export const SNIFF_BYTES = 12;

/**
 * A film's container from its first bytes rather than its name: a text file renamed .mp4
 * is refused before anything is copied. MP4 (ISO BMFF) has a `ftyp` box at offset 4;
 * WebM (Matroska) starts with the EBML magic 1A 45 DF A3. Whether the codecs inside
 * play is for a <video> to tell after the copy.
 */
export function sniffContainer(head: Uint8Array): Container | null {
  if (head.length >= 8 && String.fromCharCode(...head.subarray(4, 8)) === 'ftyp') return 'mp4';
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm';
  return null;
}

/** The file name a film's video gets in the library. */
export const videoFileName = (container: Container, originalName: string): string =>
  container === 'webm' ? 'film.webm' : /\.m4v$/i.test(originalName) ? 'film.m4v' : 'film.mp4';

/** The film's title from its file name: no folder, no extension, tidy spaces. */
export function titleFromName(path: string): string {
  const base = path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const tidy = base
    .normalize('NFC')
    .replace(/[_\s]+/g, ' ')
    .trim();
  return [...(tidy || 'film')].slice(0, 120).join('');
}

/** A new film id: sorts by time, fits the bridge's id schema (letters, digits, `-`). */
export const newFilmId = (now = Date.now()): string => `${now.toString(36)}-${crypto.randomUUID().slice(0, 8)}`;

/** The base name of a path or a browser file name. */
export const baseName = (path: string): string => path.replace(/^.*[\\/]/, '');

/** A film manifest (`film.json`) read back from storage: anything else is a damaged folder. */
export function isFilmInfo(v: unknown): v is FilmInfo {
  const f = v as Partial<FilmInfo> | null;
  return (
    !!f &&
    typeof f.id === 'string' &&
    typeof f.title === 'string' &&
    typeof f.src === 'string' &&
    Array.isArray(f.subtitles) &&
    f.subtitles.every((s) => typeof s?.lang === 'string' && typeof s?.src === 'string')
  );
}

/** Where the library keeps each film: one folder per id with this manifest in it. */
export const MANIFEST = 'film.json';
