/** What a trial load of a film told: its duration, or that this computer cannot play it. */
export type Playable = { ok: true; durationSec: number } | { ok: false };

const TIMEOUT_MS = 20_000;

/**
 * Loads a film in a detached, muted <video> until its first frame is decoded. The
 * container check at import cannot see codecs: an HEVC film, a cut file or a film with
 * no picture only shows here, with the same decoder the stage will use.
 */
export function checkPlayable(src: string): Promise<Playable> {
  return new Promise((resolve) => {
    const video = document.createElement('video');
    const done = (result: Playable) => {
      clearTimeout(timer);
      video.removeAttribute('src');
      video.load(); // lets go of the file
      resolve(result);
    };
    const timer = setTimeout(() => done({ ok: false }), TIMEOUT_MS);
    video.muted = true;
    video.preload = 'auto';
    video.addEventListener('loadeddata', () => {
      const d = video.duration;
      done(video.videoWidth > 0 && Number.isFinite(d) && d > 0 ? { ok: true, durationSec: d } : { ok: false });
    });
    video.addEventListener('error', () => done({ ok: false }));
    video.src = src;
  });
}
