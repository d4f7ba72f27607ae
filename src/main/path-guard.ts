import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Resolves a URL path below a root folder, or returns null when it would leave it
 * (`..`, absolute paths, encoded separators, NUL bytes). Used for every file the
 * app protocol and the media protocol serve.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const target = resolve(base, '.' + sep + decoded.replace(/^\/+/, ''));
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return target;
}
