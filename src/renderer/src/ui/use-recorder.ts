import { useCallback, useEffect, useRef, useState } from 'react';

export type MicProblem = 'no_mic' | 'mic_refused' | 'mic_failed';

export type RecorderState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'recording'; elapsedSec: number }
  | { phase: 'recorded'; blob: Blob; url: string; durationSec: number }
  | { phase: 'failed'; problem: MicProblem };

/** What getUserMedia's error means for the attendee: no microphone, or one refused. */
export function micProblem(err: unknown): MicProblem {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'no_mic';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'mic_refused';
  return 'mic_failed';
}

function recorderFor(stream: MediaStream): MediaRecorder {
  const type = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus'].find((t) =>
    MediaRecorder.isTypeSupported(t),
  );
  return new MediaRecorder(stream, type ? { mimeType: type } : undefined);
}

interface Live {
  recorder: MediaRecorder;
  stream: MediaStream;
  timer: ReturnType<typeof setInterval>;
  startedAt: number;
}

/**
 * Records one spoken entry with MediaRecorder, up to `limitSec` (it stops itself there).
 * Unmounting — the attendee leaves, or the idle timeout resets the kiosk — stops the
 * microphone and discards the recording: nothing half-recorded is kept.
 */
export function useRecorder(limitSec: number) {
  const [state, setState] = useState<RecorderState>({ phase: 'idle' });
  const live = useRef<Live | null>(null);
  const url = useRef<string | null>(null);

  const release = useCallback((keep: boolean) => {
    const l = live.current;
    live.current = null;
    if (!l) return;
    clearInterval(l.timer);
    if (!keep) l.recorder.onstop = null;
    if (l.recorder.state !== 'inactive') l.recorder.stop();
    l.stream.getTracks().forEach((tr) => tr.stop());
  }, []);

  const forget = useCallback(() => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = null;
  }, []);

  useEffect(
    () => () => {
      release(false);
      forget();
    },
    [release, forget],
  );

  const stop = useCallback(() => release(true), [release]);

  const start = useCallback(async () => {
    release(false);
    forget();
    setState({ phase: 'starting' });
    let stream: MediaStream;
    try {
      if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined')
        throw Object.assign(new Error('no microphone API'), { name: 'NotFoundError' });
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      setState({ phase: 'failed', problem: micProblem(err) });
      return;
    }
    const recorder = recorderFor(stream);
    const chunks: Blob[] = [];
    const startedAt = performance.now();
    recorder.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
    recorder.onstop = () => {
      const blob = new Blob(chunks, { type: recorder.mimeType || 'audio/webm' });
      const durationSec = Math.min(limitSec, (performance.now() - startedAt) / 1000);
      if (blob.size === 0) return setState({ phase: 'failed', problem: 'mic_failed' });
      url.current = URL.createObjectURL(blob);
      setState({ phase: 'recorded', blob, url: url.current, durationSec });
    };
    const timer = setInterval(() => {
      const elapsedSec = (performance.now() - startedAt) / 1000;
      if (elapsedSec >= limitSec) release(true);
      else setState({ phase: 'recording', elapsedSec });
    }, 200);
    live.current = { recorder, stream, timer, startedAt };
    recorder.start(1000);
    setState({ phase: 'recording', elapsedSec: 0 });
  }, [limitSec, release, forget]);

  const discard = useCallback(() => {
    release(false);
    forget();
    setState({ phase: 'idle' });
  }, [release, forget]);

  return { state, start, stop, discard };
}
