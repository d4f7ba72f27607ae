import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DisplayInfo, SavedFile } from '../shared/bridge';
import type { PlatformFacts } from '../shared/diagnostics';
import { fail, ok, type Result } from '../shared/result';

/**
 * Writes the diagnostics file into the folder the facilitator picked. A read-only stick or
 * a folder that refuses writes gets its own code (the facilitator is told to pick another),
 * a full one `disk_full`; nothing is thrown.
 */
export async function writeDiagnostics(
  folder: string,
  file: { name: string; text: string },
): Promise<Result<SavedFile>> {
  const path = join(folder, file.name);
  try {
    await writeFile(path, file.text);
    return ok({ path });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return fail('read_only');
    if (code === 'ENOSPC' || code === 'EDQUOT') return fail('disk_full');
    if (code === 'ENOENT') return fail('not_found');
    return fail('io_error', code);
  }
}

interface DisplaySource {
  getAllDisplays(): { id: number; label: string; size: { width: number; height: number } }[];
  getPrimaryDisplay(): { id: number };
}

/** The displays as the renderer and the diagnostics file see them. */
export function listDisplays(screen: DisplaySource): DisplayInfo[] {
  const primary = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((d) => ({
    id: d.id,
    label: d.label || `${d.size.width}×${d.size.height}`,
    primary: d.id === primary,
    width: d.size.width,
    height: d.size.height,
  }));
}

export interface FactSources {
  appVersion: string;
  versions: { electron?: string; chrome?: string };
  os: { name: string; release: string; arch: string };
  screen: DisplaySource;
  logLines: () => Promise<string[]>;
}

export async function platformFacts(src: FactSources): Promise<PlatformFacts> {
  return {
    app: {
      platform: 'electron',
      version: src.appVersion,
      electron: src.versions.electron,
      chrome: src.versions.chrome,
    },
    os: src.os,
    displays: listDisplays(src.screen),
    logLines: await src.logLines(),
  };
}
