import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * The built phone page (out/renderer/phone.html) and the files it loads, and nothing
 * else of the renderer folder: the console's code is never served to the network. The
 * allowlist is read from the built page itself, following its scripts' static imports.
 */
export interface PhonePage {
  html: string;
  /** Asset file name (under assets/) → bytes and type. */
  assets: Map<string, { bytes: Buffer; type: string }>;
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  woff2: 'font/woff2',
  svg: 'image/svg+xml',
};

const refs = (text: string) =>
  [...text.matchAll(/(?:src|href)="\.?\/?assets\/([\w.-]+)"|["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)].map(
    (m) => (m[1] ?? m[2])!,
  );

export async function loadPhonePage(rendererDir: string): Promise<PhonePage> {
  const html = await readFile(join(rendererDir, 'phone.html'), 'utf8');
  const assets = new Map<string, { bytes: Buffer; type: string }>();
  const queue = refs(html);
  while (queue.length) {
    const name = basename(queue.shift()!);
    if (assets.has(name)) continue;
    const bytes = await readFile(join(rendererDir, 'assets', name));
    const ext = name.split('.').pop() ?? '';
    assets.set(name, { bytes, type: TYPES[ext] ?? 'application/octet-stream' });
    if (ext === 'js' || ext === 'css') queue.push(...refs(bytes.toString('utf8')));
  }
  return { html, assets };
}
