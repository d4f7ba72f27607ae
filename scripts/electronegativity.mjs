#!/usr/bin/env node
/**
 * The Electron security audit (@doyensec/electronegativity) over src/, failing on any
 * HIGH or MEDIUM finding. A finding that is a false positive is justified where it
 * stands, with an `eng-disable` comment that says why (see src/main/windows.ts).
 * The Electron version is given, so the audit needs no network.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const electron = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
mkdirSync('test-results', { recursive: true });
const out = 'test-results/electronegativity.csv';
const r = spawnSync('npx', ['electronegativity', '-i', 'src', '-e', electron, '-r', '-v', 'false', '-o', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (r.status !== 0) {
  console.error(`electronegativity exited with ${r.status}`);
  process.exit(1);
}
const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1);
const serious = rows.filter((row) => /^[A-Z_]+,"(HIGH|MEDIUM)"/.test(row));
for (const row of rows)
  console.log(
    row
      .split(',')
      .filter((_, i) => i !== 2)
      .slice(0, 4)
      .join(' '),
  );
console.log(`electronegativity: ${rows.length} findings, ${serious.length} high or medium`);
process.exit(serious.length > 0 ? 1 : 0);
