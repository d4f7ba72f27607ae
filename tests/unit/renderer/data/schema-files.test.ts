import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Schema files are append-only and each one carries its own upgrade test.
describe('schema versions', () => {
  it('each schema/vN.ts has its upgrade test, and versions have no gaps', () => {
    const versions = readdirSync('src/renderer/src/data/schema')
      .map((f) => /^v(\d+)\.ts$/.exec(f)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    for (const n of versions) expect(existsSync(`tests/unit/renderer/data/schema-v${n}.test.ts`), `v${n}`).toBe(true);
  });
});
