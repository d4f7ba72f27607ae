import { randomUUID } from 'node:crypto';
import { open, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FilmInfo } from '../shared/bridge';
import { isFilmInfo, MANIFEST } from '../shared/film-files';

/** Forces a file's bytes to disk: a power cut after this cannot leave it half-written. */
export async function syncFile(path: string): Promise<void> {
  const fh = await open(path, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Writes a manifest beside its film atomically (temporary file, flush, rename). */
export async function writeManifest(dir: string, film: FilmInfo): Promise<void> {
  const tmp = join(dir, `.${MANIFEST}.${randomUUID()}.tmp`);
  await writeFile(tmp, JSON.stringify(film, null, 2));
  await syncFile(tmp);
  await rename(tmp, join(dir, MANIFEST));
}

/** Reads a film folder's manifest; null when it is missing or damaged (the film is skipped). */
export async function readManifest(dir: string): Promise<FilmInfo | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8'));
    return isFilmInfo(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
