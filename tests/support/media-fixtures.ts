import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real media files for the import tests, made once per run with ffmpeg in a folder
 * under /tmp (never committed): films that play, films that cannot, and subtitle files
 * as facilitators bring them. Shared by Vitest and Playwright.
 */
export interface MediaFixtures {
  dir: string;
  /** 3 s 320x180 H.264/AAC MP4. */
  mp4: string;
  /** 3 s VP9/Opus WebM. */
  webm: string;
  /** A text file renamed .mp4. */
  textAsMp4: string;
  /** The first 40% of an MP4 whose index (moov) sits at the end. */
  truncatedMp4: string;
  /** HEVC in MP4, which Chromium does not play (or MPEG-4 Part 2 where x265 is missing). */
  unsupportedCodec: string;
  /** French subtitles in Windows Latin-1, the way many subtitling tools save them. */
  latin1Srt: string;
  /** Wolof subtitles, UTF-8 WebVTT. */
  wolofVtt: string;
  /** An .srt whose second cue ends before it starts. */
  brokenSrt: string;
  /** 40 MB of valid MP4 header then padding: long enough to fill a small quota or disk. */
  bigMp4: string;
  /** 600 MB, sparse on disk: copying it takes seconds, time enough to cancel halfway. */
  hugeMp4: string;
}

const FFMPEG = ['-hide_banner', '-loglevel', 'error', '-y'];
const SRC = [
  '-f',
  'lavfi',
  '-i',
  'testsrc2=size=320x180:rate=25:duration=3',
  '-f',
  'lavfi',
  '-i',
  'sine=f=440:duration=3',
];

function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', [...FFMPEG, ...SRC, ...args], { stdio: 'pipe' });
}

function hasEncoder(name: string): boolean {
  return execFileSync('ffmpeg', ['-hide_banner', '-encoders'], { encoding: 'utf8' }).includes(` ${name} `);
}

// The characters Windows-1252 puts where Latin-1 has control codes (the ones French uses).
const CP1252: Record<string, number> = {
  '€': 0x80,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  œ: 0x9c,
};

/** Encodes text as Windows-1252 (Node has no encoder for it). */
export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const mapped = CP1252[c];
      if (mapped === undefined) throw new Error(`not in Windows-1252: ${c}`);
      return mapped;
    }),
  );
}

export const FRENCH_CUES = [
  'Bonjour à tous, bienvenue à la projection.',
  'Où êtes-vous nés ? « Ici », répond-il — c’est déjà l’œuvre.',
];
export const WOLOF_CUES = ['Dalal ak jàmm ci wone bi.', 'Ñaata ngeen di ñu ? Jërëjëf, ŋ.'];

function fixturePaths(dir: string): MediaFixtures {
  return {
    dir,
    mp4: join(dir, 'Témoignage de Kolda.mp4'),
    webm: join(dir, 'temoignage.webm'),
    textAsMp4: join(dir, 'notes.mp4'),
    truncatedMp4: join(dir, 'coupé.mp4'),
    unsupportedCodec: join(dir, 'hevc.mp4'),
    latin1Srt: join(dir, 'Témoignage de Kolda.fr.srt'),
    wolofVtt: join(dir, 'Témoignage de Kolda.wo.vtt'),
    brokenSrt: join(dir, 'casse.fr.srt'),
    bigMp4: join(dir, 'gros.mp4'),
    hugeMp4: join(dir, 'très gros.mp4'),
  };
}

/**
 * Makes the fixtures once per machine: built in a private folder, then renamed into
 * place, so two test runs starting together never read a half-written set.
 */
export function makeMediaFixtures(dir = '/tmp/kiosk-media-fixtures-v4'): MediaFixtures {
  if (existsSync(join(dir, '.complete'))) return fixturePaths(dir);
  const work = `${dir}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  const f = fixturePaths(work);
  mkdirSync(work, { recursive: true });
  ffmpeg(['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', f.mp4]);
  ffmpeg(['-c:v', 'libvpx-vp9', '-b:v', '200k', '-c:a', 'libopus', f.webm]);
  writeFileSync(f.textAsMp4, 'Ceci est une liste de courses, pas un film.\n'.repeat(50));
  // Without faststart the index is written last: a cut copy has no usable index.
  const slow = join(work, 'slow.mp4');
  ffmpeg(['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', slow]);
  const whole = readFileSync(slow);
  writeFileSync(f.truncatedMp4, whole.subarray(0, Math.floor(whole.length * 0.4)));
  const unsupported = hasEncoder('libx265') ? ['-c:v', 'libx265', '-tag:v', 'hvc1'] : ['-c:v', 'mpeg4'];
  ffmpeg([...unsupported, '-pix_fmt', 'yuv420p', '-c:a', 'aac', f.unsupportedCodec]);
  const srt = `1\r\n00:00:00,000 --> 00:00:01,500\r\n{\\an8}${FRENCH_CUES[0]}\r\n\r\n2\r\n00:00:01,500 --> 00:00:03,000\r\n${FRENCH_CUES[1]}\r\n`;
  writeFileSync(f.latin1Srt, windows1252(srt));
  writeFileSync(
    f.wolofVtt,
    `WEBVTT\n\n00:00.000 --> 00:01.500\n${WOLOF_CUES[0]}\n\n00:01.500 --> 00:03.000 line:10% align:start\n${WOLOF_CUES[1]}\n`,
  );
  writeFileSync(f.brokenSrt, '1\n00:00:00,000 --> 00:00:01,000\nUn\n\n2\n00:00:05,000 --> 00:00:02,000\nDeux\n');
  // The ftyp box, so these pass the container check; the rest is a hole in the file.
  const head = readFileSync(f.mp4).subarray(0, 64);
  for (const [path, mb] of [
    [f.bigMp4, 40],
    [f.hugeMp4, 600],
  ] as const) {
    writeFileSync(path, head);
    truncateSync(path, mb * 1024 * 1024);
  }
  writeFileSync(join(work, '.complete'), '');
  try {
    renameSync(work, dir);
  } catch {
    rmSync(work, { recursive: true, force: true }); // another run finished first
  }
  return fixturePaths(dir);
}
