import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Recordings as phones make them, made once per machine with ffmpeg under /tmp (never
 * committed), and files that only pretend to be recordings. Shared by Vitest and Playwright.
 */
export interface VoiceFixtures {
  /** 2 s of Opus in Ogg (Android's recorders, Firefox). */
  ogg: string;
  /** 2 s of AAC in M4A (iPhone, most Android recorders). */
  m4a: string;
  /** A PNG photo renamed .m4a. */
  pngAsM4a: string;
  /** A text file renamed .m4a. */
  textAsM4a: string;
}

const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

export function makeVoiceFixtures(dir = '/tmp/kiosk-voice-fixtures-v1'): VoiceFixtures {
  const paths = (d: string): VoiceFixtures => ({
    ogg: join(d, 'question.ogg'),
    m4a: join(d, 'Enregistrement 12.m4a'),
    pngAsM4a: join(d, 'photo.m4a'),
    textAsM4a: join(d, 'notes.m4a'),
  });
  if (existsSync(join(dir, '.complete'))) return paths(dir);
  const work = `${dir}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const f = paths(work);
  const tone = ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'sine=f=440:duration=2', '-ac', '1'];
  execFileSync('ffmpeg', [...tone, '-c:a', 'libopus', '-b:a', '24k', f.ogg], { stdio: 'pipe' });
  execFileSync('ffmpeg', [...tone, '-c:a', 'aac', '-b:a', '32k', f.m4a], { stdio: 'pipe' });
  writeFileSync(f.pngAsM4a, Buffer.concat([PNG_HEAD, Buffer.alloc(4000, 7)]));
  writeFileSync(f.textAsM4a, 'Liste de courses : riz, huile, oignons.\n'.repeat(40));
  writeFileSync(join(work, '.complete'), '');
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  return paths(dir);
}
