import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { SNIFF_HEAD_BYTES, sniffAudio } from './audio-sniff';

/**
 * Recordings phones upload, kept beside the journal (`<journal>/voice/<entry id>`) until
 * the console has stored them in its own database: each file is on disk (fsync) before
 * its journal line is written, so a journaled spoken question always has its bytes. The
 * bytes are counted as they arrive: a file over the limit is cut off and forgotten
 * without ever being held whole in memory.
 */
export type KeptVoice = { ok: true; mime: string; size: number; sha256: string } | { ok: false; error: VoiceProblem };
export type VoiceProblem = 'too_large' | 'not_audio' | 'empty' | 'cut';

export interface VoiceStore {
  keep(id: string, body: Readable, limit: number): Promise<KeptVoice>;
  read(id: string): Promise<Buffer | null>;
  forget(ids: string[]): Promise<void>;
}

export function createVoiceStore(dir: string): VoiceStore {
  const ready = mkdir(dir, { recursive: true });
  const path = (id: string) => join(dir, id);

  /**
   * Reads the body chunk by chunk (paused while each is written). On a problem it stops
   * reading without destroying the request, so the phone still gets the plain answer.
   */
  function drain(body: Readable, limit: number, onChunk: (c: Buffer) => Promise<void>) {
    let size = 0;
    let head = Buffer.alloc(0);
    return new Promise<{ size: number; head: Buffer; problem: VoiceProblem | null }>((resolve) => {
      const finish = (problem: VoiceProblem | null) => {
        body.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onError);
        if (problem) body.resume(); // the rest is discarded until the reply closes the connection
        resolve({ size, head, problem });
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) return finish('too_large');
        if (head.length < SNIFF_HEAD_BYTES) {
          head = Buffer.concat([head, chunk]).subarray(0, SNIFF_HEAD_BYTES);
          if (head.length >= SNIFF_HEAD_BYTES && !sniffAudio(head)) return finish('not_audio');
        }
        body.pause();
        onChunk(chunk).then(
          () => body.resume(),
          () => finish('cut'),
        );
      };
      const onEnd = () => finish(null);
      // The phone lost its Wi-Fi mid-send: it resends the same id.
      const onError = () => finish('cut');
      body.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onError);
    });
  }

  async function keep(id: string, body: Readable, limit: number): Promise<KeptVoice> {
    await ready;
    const part = `${path(id)}.${process.pid}.${Date.now()}.part`;
    const fh = await open(part, 'w');
    const hash = createHash('sha256');
    const got = await drain(body, limit, async (chunk) => {
      hash.update(chunk);
      await fh.write(chunk);
    });
    const mime = sniffAudio(got.head);
    const problem = got.problem ?? (got.size === 0 ? 'empty' : mime ? null : 'not_audio');
    if (problem) {
      await fh.close();
      await rm(part, { force: true });
      return { ok: false, error: problem };
    }
    await fh.sync();
    await fh.close();
    await rename(part, path(id));
    // The rename itself must survive a power cut before the journal line names the file
    // (Windows cannot open a folder; NTFS journals the rename itself).
    await open(dir, 'r')
      .then((folder) => folder.sync().finally(() => folder.close()))
      .catch(() => undefined);
    return { ok: true, mime: mime!, size: got.size, sha256: hash.digest('hex') };
  }

  return {
    keep,
    read: (id) => readFile(path(id)).catch(() => null),
    async forget(ids) {
      await Promise.all(ids.map((id) => rm(path(id), { force: true })));
    },
  };
}
