import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ROLES, type Role } from '../shared/bridge';

/** Which windows were open on which displays, so a power cut does not lose the room's setup. */
export interface OpenWindow {
  role: Role;
  displayId: number;
}

export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

export const STATE_FILE = 'windows.json';

const stateSchema = z.object({
  version: z.literal(1),
  windows: z.array(z.object({ role: z.enum(ROLES as [Role, ...Role[]]), displayId: z.number().int() })).max(3),
});

/** The saved windows; none when the file is missing or damaged (the console then opens alone). */
export async function readWindowState(dir: string): Promise<OpenWindow[]> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data.windows : [];
  } catch {
    return [];
  }
}

/**
 * Writes the state atomically (a temporary file renamed over the old one), so a power cut
 * mid-write leaves the previous state, never half a file. Failures are logged, not thrown.
 */
export function createStateWriter(dir: string, log: (line: string) => void) {
  let chain: Promise<void> = Promise.resolve();
  return (windows: OpenWindow[]): Promise<void> => {
    const text = `${JSON.stringify({ version: 1, windows })}\n`;
    chain = chain.then(async () => {
      const tmp = join(dir, `${STATE_FILE}.tmp`);
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(tmp, text);
        await rename(tmp, join(dir, STATE_FILE));
      } catch (err) {
        log(`window state not saved: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    });
    return chain;
  };
}

/**
 * Where each window opens now. The console always opens (on its display, else the
 * primary); a stage or kiosk whose display is gone goes to another external display
 * when one is free, else to the primary. With nothing saved, a second display gets the
 * stage, as on a first start.
 */
export function placeWindows(saved: OpenWindow[], displays: DisplayLike[], primaryId: number): OpenWindow[] {
  const ids = new Set(displays.map((d) => d.id));
  const byRole = new Map(saved.map((w) => [w.role, w.displayId]));
  const placed: OpenWindow[] = [];
  const taken = new Set<number>();
  const consoleOn = byRole.get('console');
  placed.push({ role: 'console', displayId: consoleOn !== undefined && ids.has(consoleOn) ? consoleOn : primaryId });
  if (saved.length === 0) {
    const second = displays.find((d) => d.id !== primaryId);
    if (second) placed.push({ role: 'stage', displayId: second.id });
    return placed;
  }
  for (const role of ['stage', 'kiosk'] as const) {
    const want = byRole.get(role);
    if (want === undefined) continue;
    const external = displays.find((d) => d.id !== primaryId && !taken.has(d.id))?.id;
    const displayId = ids.has(want) ? want : (external ?? primaryId);
    taken.add(displayId);
    placed.push({ role, displayId });
  }
  return placed;
}

/** Where a window on a display just unplugged goes: another external display, else the primary. */
export function fallbackDisplay(displays: DisplayLike[], primaryId: number, avoid: number[]): DisplayLike | undefined {
  return displays.find((d) => d.id !== primaryId && !avoid.includes(d.id)) ?? displays.find((d) => d.id === primaryId);
}
