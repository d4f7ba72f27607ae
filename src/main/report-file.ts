import { writeFile } from 'node:fs/promises';
import { fail, ok, type Result } from '../shared/result';
import type { SavedFile } from '../shared/bridge';

/** Writes a report where the facilitator chose; a full disk is reported, not thrown. */
export async function saveReport(path: string, bytes: Uint8Array): Promise<Result<SavedFile>> {
  try {
    await writeFile(path, bytes);
    return ok({ path });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') return fail('disk_full');
    if (code === 'EACCES' || code === 'EPERM') return fail('permission_denied');
    return fail('io_error', code);
  }
}
