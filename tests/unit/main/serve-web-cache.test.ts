import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer } from '../../../scripts/serve-web';

// The browser platform's server (preview:web, the e2e tests, the benches): a browser that
// opened the kiosk once keeps its hashed scripts, and so V8's compiled code, for the next
// start; the page itself is always fetched again, so a new build is seen at once.
let server: Server | null = null;
let dir = '';

afterEach(async () => {
  await new Promise((done) => server?.close(done) ?? done(undefined));
  server = null;
  rmSync(dir, { recursive: true, force: true });
});

async function serve(): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-serve-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(dir, 'assets', 'index-B1a2c3D4.js'), 'console.log(1);');
  server = await startWebServer({ port: 0, rendererDir: dir, phoneJournalDir: join(dir, 'phones') });
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

describe('the web server', () => {
  it('lets a browser keep the hashed scripts, never the page', async () => {
    const base = await serve();
    const script = await fetch(`${base}/assets/index-B1a2c3D4.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('never lets a browser keep a missing script (a later build may bring it)', async () => {
    const base = await serve();
    const missing = await fetch(`${base}/assets/gone-XXXXXXXX.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });
});
