/**
 * Compiles the collector to JavaScript in dist/ (`npm run build`): one ES module per entry
 * plus lazily loaded chunks (the dashboard loads for `serve` only). The kiosk's shared code
 * it imports (src/shared, the report model) is compiled in; packages stay imports, and
 * each must be one of this package's own dependencies, or the build fails naming it.
 */
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const outdir = join(here, 'dist');
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  absWorkingDir: here,
  entryPoints: ['src/cli.ts'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  // The root tsconfig maps @shared/* for the report model.
  tsconfig: join(here, '..', 'tsconfig.json'),
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const packageOf = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');
const imported = new Set(
  Object.values(result.metafile.outputs)
    .flatMap((o) => o.imports)
    .filter((i) => i.external && !builtins.has(i.path))
    .map((i) => packageOf(i.path)),
);
const undeclared = [...imported].filter((p) => !(p in pkg.dependencies));
if (undeclared.length) {
  console.error(
    `The collector imports packages missing from server/package.json dependencies: ${undeclared.join(', ')}`,
  );
  process.exit(1);
}
const size = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(
  `Collector built in server/dist (${Math.round(size / 1024)} kB; packages used: ${[...imported].sort().join(', ')}).`,
);
