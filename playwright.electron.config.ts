import { defineConfig } from '@playwright/test';

/**
 * The Electron suite: the real app (main process, preload, app protocol, IPC) driven by
 * Playwright's `_electron`. It needs an Electron binary, which cannot be downloaded on
 * the machines this project is built on: point ELECTRON_OVERRIDE_DIST_PATH at an
 * unpacked Electron (or install one). Without it the global setup fails loudly and
 * `npm test` reports the suite as not run, never as passed.
 */
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]],
  globalSetup: './tests/electron/global-setup.ts',
});
