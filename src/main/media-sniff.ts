import { open } from 'node:fs/promises';

/** The first `n` bytes of a file on disk (fewer when it is shorter), for the container check. */
export async function readHead(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(n);
    const { bytesRead } = await fh.read(head, 0, n, 0);
    return new Uint8Array(head.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}
