import type { PhoneEntry } from '@shared/phone-entry';
import type { Recording } from '../../data/repos/blobs';
import { kiosk } from '../../platform';

/** A recording's length as the console's <audio> reads it; 0 when it cannot tell in time. */
export function audioDuration(data: Blob, timeoutMs = 3000): Promise<number> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(data);
    const audio = new Audio();
    const done = (sec: number) => {
      clearTimeout(timer);
      audio.removeAttribute('src');
      URL.revokeObjectURL(url);
      resolve(Number.isFinite(sec) && sec > 0 ? Math.min(sec, 3600) : 0);
    };
    const timer = setTimeout(() => done(0), timeoutMs);
    audio.preload = 'metadata';
    audio.onerror = () => done(0);
    audio.onloadedmetadata = () => {
      if (Number.isFinite(audio.duration)) return done(audio.duration);
      // Recorders that write no length (WebM from MediaRecorder): seek to the end to learn it.
      audio.ondurationchange = () => Number.isFinite(audio.duration) && done(audio.duration);
      audio.currentTime = 1e9;
    };
    audio.src = url;
  });
}

/**
 * The recordings of the batch's spoken questions, fetched from the platform's journal.
 * One whose bytes are gone (never expected: they are on disk before the entry) is left
 * out, and the data module refuses that entry rather than holding the queue.
 */
export async function phoneRecordings(entries: PhoneEntry[]): Promise<Map<string, Recording>> {
  const out = new Map<string, Recording>();
  for (const e of entries) {
    if (e.kind !== 'voice') continue;
    const got = await kiosk.phones.audio(e.body.id);
    if (!got.ok) {
      if (got.code === 'not_found') continue;
      throw new Error(`phone recording: ${got.code}`);
    }
    const data = new Blob([got.value as BlobPart], { type: e.body.audio.mime });
    out.set(e.body.id, { data, durationSec: await audioDuration(data) });
  }
  return out;
}
