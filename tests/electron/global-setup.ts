import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinary } from './electron-app';

/** Refuses to start without an Electron binary: a suite that cannot run must not look green. */
export default function globalSetup(): void {
  const installed = existsSync(join('node_modules', 'electron', 'path.txt'));
  if (!electronBinary() && !installed)
    throw new Error('No Electron binary: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron folder.');
  if (!existsSync(join('out', 'main', 'index.js'))) throw new Error('Build first: npx electron-vite build');
}
