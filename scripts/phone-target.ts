import { transform } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * The phone page runs on attendees' old phones (a 2019 Android browser, iOS 12 Safari):
 * its chunk is lowered to ES2017 syntax once the bundle is written (after the minifier,
 * which would bring `||=` back), while the console's chunks keep the modern output
 * Electron's Chromium runs. esbuild, not Oxc: Oxc's transform keeps `??` and `?.`.
 */
export const PHONE_TARGET = ['es2017', 'chrome64', 'safari12'];

export function phoneTarget(entry = 'phone'): Plugin {
  return {
    name: 'mam-phone-target',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.name !== entry) continue;
        const out = await transform(chunk.code, { target: PHONE_TARGET, minify: true, format: 'esm', loader: 'js' });
        chunk.code = out.code;
      }
    },
  };
}
