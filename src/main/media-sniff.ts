import { open } from 'node:fs/promises';
import { sniffContainer, SNIFF_BYTES, type Container } from '../shared/film-files';

/** The container of a film file on disk (see sniffContainer). */
export async function sniffFile(path: string): Promise<Container | null> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(head, 0, SNIFF_BYTES, 0);
    return sniffContainer(new Uint8Array(head.subarray(0, bytesRead)));
  } finally {
    await fh.close();
  }
}
