import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fail, type Result } from '../shared/result';

export type OpenWrite = (path: string) => WriteStream;

/** Maps a file-system failure to what the facilitator is told. */
export function fsErrorCode(err: unknown): Result<never> {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ABORT_ERR' || (err as Error | null)?.name === 'AbortError') return fail('cancelled');
  if (code === 'ENOSPC' || code === 'EDQUOT') return fail('disk_full');
  if (code === 'EACCES' || code === 'EPERM') return fail('permission_denied');
  if (code === 'ENOENT') return fail('not_found');
  return fail('io_error', code ?? (err instanceof Error ? err.message : String(err)));
}

/**
 * Copies one file, reporting bytes as they pass, stoppable through `signal`. A full disk,
 * a cancel or a read error rejects (fsErrorCode says what it means); the caller removes
 * the partial copy. `openWrite` lets a test write to a device that is full (/dev/full).
 */
export async function copyWithProgress(
  from: string,
  to: string,
  onBytes: (n: number) => void,
  signal: AbortSignal,
  openWrite: OpenWrite = (p) => createWriteStream(p, { flags: 'wx' }),
): Promise<void> {
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(from, { highWaterMark: 1 << 20 }), counter, openWrite(to), { signal });
}
