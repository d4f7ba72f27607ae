#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, with one closing line
 * `N passed, N failed` that counts test cases (plus one per failed static check).
 * Skipped tests count as failed: a skipped test is not a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

let passed = 0;
let failed = 0;
const notes = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label, cmd, args) {
  if (!run(label, cmd, args)) {
    failed += 1;
    notes.push(`${label} failed`);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function countPlaywright(label, report, ok) {
  if (!report?.stats) {
    failed += 1;
    notes.push(`${label}: no report (crashed before running)`);
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  passed += expected;
  failed += unexpected + flaky + skipped;
  if (flaky) notes.push(`${label}: ${flaky} flaky (counted as failed)`);
  if (skipped) notes.push(`${label}: ${skipped} skipped (counted as failed)`);
  if (!ok && unexpected === 0 && flaky === 0) {
    failed += 1;
    notes.push(`${label}: runner failed outside the tests`);
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

check('typecheck (node)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']);
check('typecheck (web)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.web.json']);
check('typecheck (e2e and bench)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.e2e.json']);
check('lint', 'npx', ['eslint', '--max-warnings=0', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
check('Electron security audit (electronegativity)', 'node', ['scripts/electronegativity.mjs']);

// Built before the unit tests: the wiring and bridge-contract tests load out/main and out/preload.
const built = run('build', 'npx', ['electron-vite', 'build']);
if (!built) {
  failed += 1;
  notes.push('build failed: the built-bundle and end-to-end tests cannot pass');
}

const unitOk = run('unit and integration (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  if (!unitOk && unit.numFailedTests === 0) {
    failed += 1;
    notes.push('vitest failed outside the tests (a suite did not load)');
  }
} else {
  failed += 1;
  notes.push('vitest wrote no report');
}

if (built) {
  const e2eOk = run('end to end in Chromium (playwright)', 'npx', [
    'playwright',
    'test',
    '--config',
    'playwright.config.ts',
  ]);
  countPlaywright('e2e', readJson('test-results/e2e.json'), e2eOk);

  const electronDist = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (electronDist && existsSync(electronDist)) {
    const elOk = run('Electron (playwright _electron)', 'npx', [
      'playwright',
      'test',
      '--config',
      'playwright.electron.config.ts',
    ]);
    countPlaywright('electron', readJson('test-results/electron.json'), elOk);
  } else {
    notes.push(
      'Electron suite DID NOT RUN: set ELECTRON_OVERRIDE_DIST_PATH to an Electron binary folder (not counted)',
    );
  }
}

console.log('');
for (const n of notes) console.log(`note: ${n}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
