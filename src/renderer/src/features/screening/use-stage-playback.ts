import { useEffect, useRef, type RefObject } from 'react';
import { finishFilm, reportPosition, reportStageError } from '../../data/repos/playback';
import type { PlaybackState } from '../../data/types';

/** How often the stage stores where the film is while it plays (a power cut loses at most this). */
export const POSITION_EVERY_MS = 1000;

const MEDIA_ERRORS: Record<number, string> = { 1: 'aborted', 2: 'network', 3: 'decode', 4: 'unsupported' };

/**
 * Plays, and says so when the browser refuses: a stage opened in a plain browser on the
 * LAN may block sound until someone clicks it. The console then tells the facilitator.
 */
function startPlaying(video: HTMLVideoElement, screeningId: string): void {
  video.play().catch((err: unknown) => {
    if ((err as { name?: string } | null)?.name === 'NotAllowedError') void reportStageError(screeningId, 'blocked');
  });
}

function applySubtitles(video: HTMLVideoElement, lang: string): void {
  for (const track of Array.from(video.textTracks)) track.mode = track.language === lang ? 'showing' : 'disabled';
}

/**
 * Where the film starts when it has loaded: the last seek the console asked for since this
 * player mounted (it could not be applied before the film could seek: the seek would be
 * lost), or else where the stage last stored it was (after a power cut, a reload).
 */
export function startPosition(p: PlaybackState, seqAtMount: number): number {
  return p.seekSeq > seqAtMount ? p.seekToSec : p.positionSec;
}

/**
 * Makes the stage's <video> follow the console's wishes (play, pause, volume, subtitles,
 * seek requests by sequence number) and stores what actually happens (position,
 * duration, errors, the end). On first load it resumes at the stored position: after a
 * power cut the film continues where it was, within POSITION_EVERY_MS.
 */
export function useStagePlayback(
  videoRef: RefObject<HTMLVideoElement | null>,
  screeningId: string,
  playback: PlaybackState,
): void {
  const latest = useRef(playback);
  const ready = useRef(false);
  const appliedSeq = useRef(playback.seekSeq);
  useEffect(() => {
    latest.current = playback;
  });

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    let lastWrite = 0;
    const write = () => {
      lastWrite = Date.now();
      void reportPosition(screeningId, video.currentTime, video.duration);
    };
    const handlers: Record<string, () => void> = {
      loadedmetadata: () => {
        if (ready.current) return;
        const p = latest.current;
        const from = startPosition(p, appliedSeq.current);
        appliedSeq.current = p.seekSeq;
        if (from > 0 && from < video.duration) video.currentTime = from;
        video.volume = p.volume;
        applySubtitles(video, p.subtitles);
        ready.current = true;
        if (p.playing) startPlaying(video, screeningId);
      },
      timeupdate: () => {
        if (!video.paused && Date.now() - lastWrite >= POSITION_EVERY_MS) write();
      },
      playing: write,
      pause: write,
      seeked: write,
      ended: () => void finishFilm(screeningId, 'ended', video.currentTime),
      error: () => void reportStageError(screeningId, MEDIA_ERRORS[video.error?.code ?? 0] ?? 'unknown'),
    };
    // A click on a stage whose browser blocked playback is the gesture it waited for.
    const retry = () => {
      if (ready.current && latest.current.playing && video.paused && !video.ended) startPlaying(video, screeningId);
    };
    // Leaving (back to the console, window closed) stores the exact position first.
    const leave = () => {
      if (ready.current) write();
    };
    for (const [name, fn] of Object.entries(handlers)) video.addEventListener(name, fn);
    // A film already in the cache may have loaded before these listeners were attached.
    if (video.readyState >= HTMLMediaElement.HAVE_METADATA) handlers.loadedmetadata!();
    window.addEventListener('pointerdown', retry);
    window.addEventListener('pagehide', leave);
    return () => {
      leave();
      for (const [name, fn] of Object.entries(handlers)) video.removeEventListener(name, fn);
      window.removeEventListener('pointerdown', retry);
      window.removeEventListener('pagehide', leave);
    };
  }, [videoRef, screeningId]);

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !ready.current) return;
    if (playback.seekSeq > appliedSeq.current) {
      appliedSeq.current = playback.seekSeq;
      video.currentTime = playback.seekToSec;
    }
    video.volume = playback.volume;
    applySubtitles(video, playback.subtitles);
    if (playback.playing && video.paused && !video.ended) startPlaying(video, screeningId);
    if (!playback.playing && !video.paused) video.pause();
  }, [videoRef, screeningId, playback]);
}
