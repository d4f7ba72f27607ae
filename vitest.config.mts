import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@shared': resolve('src/shared'), '@locales': resolve('locales') } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Collectors and fault proxies for the kiosk-side sync tests (started on demand).
    globalSetup: ['tests/support/sync-harness.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
