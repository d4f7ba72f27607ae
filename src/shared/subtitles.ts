/**
 * Subtitle files as facilitators bring them (SubRip .srt from a subtitling tool, often
 * saved as Windows Latin-1, or WebVTT) turned into the one form a <track> plays: UTF-8
 * WebVTT. Env-neutral (TextDecoder only) so Electron's main process and the browser
 * platform import films the same way. Written here rather than taken from a parser
 * library because the job is validation: the parsers we looked at skip a cue whose
 * timing is broken instead of saying where, and a facilitator needs to know.
 */

import { cleanCueSettings, stripOverrideTags } from './cue-settings';
import { fail, ok, type Result } from './result';

export interface Cue {
  start: number;
  end: number;
  text: string;
  /** WebVTT cue settings (`line:5% align:start`), kept from the file or made from `{\anN}`. */
  settings?: string;
}

export type SubtitleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Why a subtitle file was refused, and on which line (1-based; 0 for the whole file). */
export interface SubtitleProblem {
  reason: 'notText' | 'header' | 'timing' | 'empty' | 'language';
  line: number;
}

export type Converted =
  { ok: true; vtt: string; cues: number; encoding: SubtitleEncoding } | { ok: false; problem: SubtitleProblem };

/**
 * Decodes bytes as UTF-8 when they are valid UTF-8 (with or without BOM), UTF-16 when a
 * BOM says so, and otherwise as Windows-1252 (the superset of Latin-1 that Windows
 * tools write). Files with NUL bytes and no UTF-16 BOM are not text.
 */
export function decodeSubtitleBytes(bytes: Uint8Array): { text: string; encoding: SubtitleEncoding } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.includes(0)) return null;
  try {
    // ignoreBOM: false (the default) drops a UTF-8 BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: fixC1(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252' };
  }
}

// Windows-1252's letters at 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
// Browsers decode them; Node 20's TextDecoder decodes 'windows-1252' as Latin-1 and
// leaves control codes there instead, so they are mapped here for both platforms.
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const fixC1 = (text: string): string => text.replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);

// hh:mm:ss,mmm (SRT) or [hh:]mm:ss.mmm (VTT); both separators accepted in both formats.
const TIME = /^(?:(\d+):)?([0-5]\d):([0-5]\d)[.,](\d{3})$/;
const TIMING = /^(\S+)\s+-->\s+(\S+)(?:\s+(.*))?$/;

export function parseTimestamp(s: string): number | null {
  const m = TIME.exec(s.trim());
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/** A cue's text and position: the file's own WebVTT settings win over a `{\anN}` tag. */
function placed(raw: string, vttSettings: string): { text: string; settings?: string } {
  const { text, settings: an } = stripOverrideTags(raw);
  const settings = cleanCueSettings(vttSettings) || an;
  return settings ? { text, settings } : { text };
}

type Parsed = { ok: true; cues: Cue[] } | { ok: false; problem: SubtitleProblem };

/** Parses SRT or WebVTT text into cues; the first broken timing line fails the file. */
export function parseSubtitles(text: string, format: 'srt' | 'vtt'): Parsed {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  if (format === 'vtt') {
    if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) return { ok: false, problem: { reason: 'header', line: 1 } };
    while (i < lines.length && lines[i] !== '') i++; // header block
  }
  const cues: Cue[] = [];
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!);
    if (format === 'vtt' && /^(NOTE|STYLE|REGION)(\s|$)/.test(block[0]!)) continue;
    const t = block.findIndex((l) => l.includes('-->'));
    // A cue's timing is its first line, or its second after an id (SRT's counter).
    if (t < 0 || t > 1) return { ok: false, problem: { reason: 'timing', line: blockStart + 1 } };
    const line = blockStart + t + 1;
    const m = TIMING.exec(block[t]!.trim());
    const start = m ? parseTimestamp(m[1]!) : null;
    const end = m ? parseTimestamp(m[2]!) : null;
    if (start === null || end === null || end <= start) return { ok: false, problem: { reason: 'timing', line } };
    cues.push({ start, end, ...placed(block.slice(t + 1).join('\n'), format === 'vtt' ? (m?.[3] ?? '') : '') });
  }
  if (cues.length === 0) return { ok: false, problem: { reason: 'empty', line: 0 } };
  return { ok: true, cues };
}

function vttTime(sec: number): string {
  const ms = Math.round(sec * 1000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(Math.floor(ms / 3_600_000))}:${p(Math.floor(ms / 60_000) % 60)}:${p(Math.floor(ms / 1000) % 60)}.${p(ms % 1000, 3)}`;
}

/** Cues as a WebVTT file. A "-->" inside a cue's text would end it early: it is broken up. */
export function toWebVtt(cues: readonly Cue[]): string {
  const body = cues.map(
    (c) =>
      `${vttTime(c.start)} --> ${vttTime(c.end)}${c.settings ? ` ${c.settings}` : ''}\n` +
      c.text.replace(/-->/g, '--\u200b>'),
  );
  return `WEBVTT\n\n${body.join('\n\n')}\n`;
}

/** A subtitle file's bytes (named .srt or .vtt) as UTF-8 WebVTT, or the reason it cannot be. */
export function convertSubtitles(bytes: Uint8Array, fileName: string): Converted {
  const decoded = decodeSubtitleBytes(bytes);
  if (!decoded) return { ok: false, problem: { reason: 'notText', line: 0 } };
  const parsed = parseSubtitles(decoded.text, /\.vtt$/i.test(fileName) ? 'vtt' : 'srt');
  if (!parsed.ok) return parsed;
  return { ok: true, vtt: toWebVtt(parsed.cues), cues: parsed.cues.length, encoding: decoded.encoding };
}

const LANG_WORDS: Record<string, string> = {
  fr: 'fr',
  fra: 'fr',
  fre: 'fr',
  french: 'fr',
  francais: 'fr',
  français: 'fr',
  wo: 'wo',
  wol: 'wo',
  wolof: 'wo',
  en: 'en',
  eng: 'en',
  english: 'en',
  anglais: 'en',
};

/**
 * The language a subtitle file is for, from its name (`film.fr.srt`, `Film_Wolof.vtt`,
 * `wo.vtt`): the last word of the name that is a known language. Null when none is.
 */
export function subtitleLang(fileName: string): string | null {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.(srt|vtt)$/i, '')
    .toLowerCase()
    .normalize('NFC');
  const words = base.split(/[\s._()[\]-]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const lang = LANG_WORDS[words[i]!];
    if (lang) return lang;
  }
  return null;
}

/** Subtitle files larger than this are not subtitles (a 45-minute film's are ~100 KB). */
export const MAX_SUBTITLE_BYTES = 5 * 1024 * 1024;

/** A subtitle file as a platform has it: its name, its size, and a way to read it. */
export interface SubtitleFile {
  name: string;
  size: number;
  read: () => Promise<Uint8Array>;
}
export interface ConvertedTrack {
  lang: string;
  vtt: string;
  size: number;
}

/**
 * Every subtitle file of an import, converted before any film byte is copied: the first
 * file that fails (unknown or repeated language, too big, not text, broken timing)
 * stops the import with a `bad_subtitles` result naming it.
 */
export async function convertSubtitleFiles(files: readonly SubtitleFile[]): Promise<Result<ConvertedTrack[]>> {
  const out: ConvertedTrack[] = [];
  for (const { name, size, read } of files) {
    const lang = subtitleLang(name);
    if (!lang || out.some((s) => s.lang === lang))
      return fail('bad_subtitles', problemDetail(name, { reason: 'language', line: 0 }));
    // A huge "subtitle" file is refused by its size, without being read into memory.
    if (size > MAX_SUBTITLE_BYTES) return fail('bad_subtitles', problemDetail(name, { reason: 'notText', line: 0 }));
    const converted = convertSubtitles(await read(), name);
    if (!converted.ok) return fail('bad_subtitles', problemDetail(name, converted.problem));
    out.push({ lang, vtt: converted.vtt, size });
  }
  return ok(out);
}

/** Carries a refusal across the bridge in a Result's detail: `file|reason|line`. */
export const problemDetail = (file: string, p: SubtitleProblem): string => `${file}|${p.reason}|${p.line}`;

export function readProblemDetail(detail: string | undefined): (SubtitleProblem & { file: string }) | null {
  const m = /^(.*)\|(notText|header|timing|empty|language)\|(\d+)$/.exec(detail ?? '');
  return m ? { file: m[1]!, reason: m[2] as SubtitleProblem['reason'], line: Number(m[3]) } : null;
}
