#!/usr/bin/env node
/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (each prints its own table of
 * ratios and distributions from one run) after building the renderer once.
 * Nothing here is asserted: these machines are noisy, so numbers are reported side by
 * side with a baseline measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
if (spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f}`);
  const r = spawnSync('npx', ['tsx', `bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
