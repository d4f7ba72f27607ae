import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { routeAppUrl, type ServedDirs } from './app-route';
import { serveFile } from './media-handler';
import { CSP } from './security';

/** Serves the app origin (pages, films with Range support), CSP on every response. */
export function registerAppProtocol(dirs: ServedDirs): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const route = routeAppUrl(new URL(request.url), dirs);
    const res = route
      ? await serveFile(route.root, route.path, request.headers.get('Range'))
      : new Response('Not found', { status: 404 });
    res.headers.set('Content-Security-Policy', CSP);
    return res;
  });
}
