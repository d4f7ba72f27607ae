import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { PhoneAccess } from '../../../../src/main/phones/access';
import { access } from './phone-fixture';

// Apart from phone-fixture.ts: the crash tests' child process loads that one, without Vitest.
/** Phone access opened for SCREENING1 on the loopback before each test, closed and its journal removed after. */
export function openEachTest(port: number, prefix: string) {
  const t = { dir: '', phones: null as unknown as PhoneAccess, url: '' };
  beforeEach(async () => {
    t.dir = mkdtempSync(join(tmpdir(), prefix));
    t.phones = access(t.dir, port);
    const r = await t.phones.start('SCREENING1', '127.0.0.1');
    if (!r.ok) throw new Error(r.code);
    t.url = r.value.url!;
  });
  afterEach(async () => {
    await t.phones.close();
    rmSync(t.dir, { recursive: true, force: true });
  });
  return t;
}
