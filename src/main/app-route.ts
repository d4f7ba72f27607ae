import { APP_HOST, APP_SCHEME } from './app-origin';

export interface ServedDirs {
  rendererDir: string;
  sampleDir: string;
  libraryDir: string;
}

/**
 * Which folder and file an app URL names: `/media/sample/…` the shipped sample film,
 * `/media/<id>/…` the library, anything else the renderer. Null for other hosts.
 * Pure, so the routing is tested without Electron; the path guard runs in serveFile.
 */
export function routeAppUrl(url: URL, dirs: ServedDirs): { root: string; path: string } | null {
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const p = url.pathname;
  if (p.startsWith('/media/sample/')) return { root: dirs.sampleDir, path: p.slice('/media/sample/'.length) };
  if (p.startsWith('/media/')) return { root: dirs.libraryDir, path: p.slice('/media/'.length) };
  return { root: dirs.rendererDir, path: p === '/' ? 'index.html' : p };
}
