import type { Session, WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl } from './app-origin';

/** Content-Security-Policy for every app response: nothing from the network. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  // The collector's URL is set by the facilitator at run time; only it is reached, over http(s).
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Only the microphone, only for our own origin (spoken questions). */
export function allowPermission(permission: string, requestingUrl: string): boolean {
  return permission === 'media' && isAppUrl(requestingUrl);
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(allowPermission(permission, contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, origin) =>
    allowPermission(permission, origin === APP_ORIGIN ? `${APP_ORIGIN}/` : origin),
  );
}

/** No navigation away from the app and no new windows from content. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
