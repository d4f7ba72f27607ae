import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPhoneAccess, type PhoneAccess } from '../../../../src/main/phones/access';

/** A built-like renderer folder: a phone page loading one script that imports another. */
export function phonePageDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phone-page-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'phone.html'),
    '<!doctype html><html><head><script type="module" src="./assets/phone-a1.js"></script></head><body></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'phone-a1.js'), 'import"./chunk-b2.js";document.title="phone";');
  writeFileSync(join(dir, 'assets', 'chunk-b2.js'), 'export const x=1;');
  writeFileSync(join(dir, 'assets', 'console-secret.js'), 'console.log("the console")');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
  return dir;
}

export const LOOPBACK = [{ name: 'lo', address: '127.0.0.1' }];

export function access(journalDir: string, port: number, ackWaitMs = 300): PhoneAccess {
  return createPhoneAccess({ journalDir, rendererDir: phonePageDir(), port, ackWaitMs, interfaces: () => LOOPBACK });
}

let n = 0;
/** A phone-made id, as the phone page makes them (time-sortable enough for a test). */
export const phoneMadeId = () => `01PHONE${String(++n).padStart(10, '0')}${Math.random().toString(36).slice(2, 8)}`;
export const PHONE_A = 'phoneAAAAAAAAAAAAAAAAA';
export const PHONE_B = 'phoneBBBBBBBBBBBBBBBBB';

export async function post(url: string, path: string, body: unknown) {
  const res = await fetch(`${url}/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
