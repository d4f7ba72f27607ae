import { db } from '../db';
import { nowIso } from '../ids';
import type { PlaybackState } from '../types';
import { appendEvent } from '../write';
import { setPhase } from './screenings';

/**
 * The film's playback, shared by the console (which asks) and the stage (which plays)
 * through one local row per screening; liveQuery carries each write to every window.
 * The row itself is never synced; the facilitator's actions and the film's end are
 * appended to the synced audit trail as `play`, `pause`, `seek` and `ended` events
 * with the film position (what the reports read). Everything works offline.
 */

/** `off` or the language of a subtitle track (`fr`, `wo`). */
export type SubtitleChoice = string;

const round = (sec: number) => Math.round(sec * 10) / 10;

export async function getPlayback(screeningId: string): Promise<PlaybackState | undefined> {
  return db().playback.get(screeningId);
}

function playbackTx<T>(fn: () => Promise<T>): Promise<T> {
  const d = db();
  return d.transaction('rw', [d.playback, d.screenings, d.events, d.outbox], fn);
}

async function current(screeningId: string): Promise<PlaybackState> {
  const row = await db().playback.get(screeningId);
  if (!row) throw new Error(`no playback for screening ${screeningId}`);
  return row;
}

/**
 * Console: starts (or restarts after a skip) the film of a screening, playing from where
 * it was. Moves the screening to the `screening` phase and records `play`, all at once.
 */
export async function startFilm(screeningId: string, filmId: string, subtitles: SubtitleChoice = 'fr') {
  return playbackTx(async () => {
    const at = nowIso();
    const existing = await db().playback.get(screeningId);
    const row: PlaybackState = existing
      ? { ...existing, filmId, playing: true, updatedAt: at }
      : {
          screeningId,
          filmId,
          positionSec: 0,
          playing: true,
          subtitles,
          volume: 1,
          updatedAt: at,
          seekSeq: 0,
          seekToSec: 0,
        };
    await db().playback.put(row);
    await setPhase(screeningId, 'screening');
    await appendEvent(screeningId, 'play', { positionSec: round(row.positionSec), filmId });
    return row;
  });
}

/** Console: play or pause. The position recorded is the one the stage last reported. */
export async function setPlaying(screeningId: string, playing: boolean): Promise<void> {
  await playbackTx(async () => {
    const row = await current(screeningId);
    if (row.playing === playing) return;
    await db().playback.update(screeningId, { playing, updatedAt: nowIso() });
    await appendEvent(screeningId, playing ? 'play' : 'pause', {
      positionSec: round(row.positionSec),
      ...(row.durationSec ? { durationSec: round(row.durationSec) } : {}),
    });
  });
}

/** Console: asks the stage to jump to a position (clamped to the film). */
export async function requestSeek(screeningId: string, toSec: number): Promise<void> {
  await playbackTx(async () => {
    const row = await current(screeningId);
    const max = row.durationSec ?? Number.POSITIVE_INFINITY;
    const to = round(Math.min(Math.max(0, toSec), max));
    await db().playback.update(screeningId, { seekSeq: row.seekSeq + 1, seekToSec: to, updatedAt: nowIso() });
    await appendEvent(screeningId, 'seek', { fromSec: round(row.positionSec), toSec: to, positionSec: to });
  });
}

/** Console: subtitles off or in a language; volume 0–1. Not audited (no report uses them). */
export async function setSubtitles(screeningId: string, subtitles: SubtitleChoice): Promise<void> {
  await db().playback.update(screeningId, { subtitles, updatedAt: nowIso() });
}

export async function setVolume(screeningId: string, volume: number): Promise<void> {
  await db().playback.update(screeningId, { volume: Math.min(1, Math.max(0, volume)), updatedAt: nowIso() });
}

/**
 * Stage: where the film is. Written every second or two while it plays and at each
 * pause or seek, so that a restart after a power cut resumes within a few seconds.
 */
export async function reportPosition(screeningId: string, positionSec: number, durationSec?: number): Promise<void> {
  const change: Partial<PlaybackState> = { positionSec: round(positionSec), positionAt: nowIso(), stageError: null };
  if (durationSec && Number.isFinite(durationSec)) change.durationSec = round(durationSec);
  await db().playback.update(screeningId, change);
}

/** Stage: the film cannot play here (a media error code), shown on the console. */
export async function reportStageError(screeningId: string, code: string | null): Promise<void> {
  await db().playback.update(screeningId, { stageError: code });
}

/**
 * The film is over: it played to the end (stage, `ended`) or the facilitator skipped
 * ahead (console, `skipped`). Moves the screening to the debate once, however many
 * windows report it; the `ended` event is written only with that move.
 */
export async function finishFilm(screeningId: string, how: 'ended' | 'skipped', positionSec?: number): Promise<void> {
  await playbackTx(async () => {
    const screening = await db().screenings.get(screeningId);
    if (!screening || screening.phase !== 'screening') return;
    const row = await db().playback.get(screeningId);
    // Each window keeps to its own fields: the stage records where the film stopped, the
    // console that it no longer wants it played. After `ended` the phase alone stops it.
    if (row && how === 'ended' && positionSec !== undefined)
      await db().playback.update(screeningId, { positionSec: round(positionSec), positionAt: nowIso() });
    if (row && how === 'skipped') await db().playback.update(screeningId, { playing: false, updatedAt: nowIso() });
    if (how === 'ended')
      await appendEvent(screeningId, 'ended', {
        positionSec: round(positionSec ?? row?.positionSec ?? 0),
        ...(row?.durationSec ? { durationSec: round(row.durationSec) } : {}),
      });
    await setPhase(screeningId, 'debate', how);
  });
}
