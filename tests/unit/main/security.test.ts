import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { isAppUrl, roleUrl } from '../../../src/main/app-origin';
import { allowPermission, CSP, hardenContents, hardenSession } from '../../../src/main/security';
import { webPreferencesFor } from '../../../src/main/web-preferences';
import type { Role } from '../../../src/shared/bridge';

const ROLES: Role[] = ['console', 'stage', 'kiosk'];

// The security defaults every window and session must keep; a change that weakens one
// of them fails here, not in a town hall.
describe('app windows', () => {
  it.each(ROLES)('the %s window isolates its page from Node and Electron', (role) => {
    const prefs = webPreferencesFor(role, '/app/out/preload/index.js');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // No developer tools unless asked for (menu.ts: --support-devtools), no middle-click windows.
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('keeps the stage and the kiosk running at full speed behind the console', () => {
    expect(webPreferencesFor('stage', 'p').backgroundThrottling).toBe(false);
    expect(webPreferencesFor('kiosk', 'p').backgroundThrottling).toBe(false);
    expect(webPreferencesFor('console', 'p').backgroundThrottling).toBe(true);
  });

  it('loads each role from the app origin only', () => {
    for (const role of ROLES) expect(isAppUrl(roleUrl(role))).toBe(true);
    for (const url of [
      'kiosk://app.evil/index.html',
      'kiosk://evil@app.example/',
      'https://app/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
    ])
      expect(isAppUrl(url), url).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CSP.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('runs only the app’s own scripts: nothing inline, nothing evaluated, nothing remote', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/unsafe-eval|\*/);
  });

  it('loads images, media and fonts from the app (and its own blobs) only', () => {
    for (const name of ['img-src', 'media-src', 'font-src'])
      for (const source of directives.get(name)!) expect(["'self'", 'data:', 'blob:']).toContain(source);
  });
});

describe('permissions', () => {
  it('grants the microphone to the app’s own pages, and nothing else to anyone', () => {
    expect(allowPermission('media', 'kiosk://app/index.html#/kiosk')).toBe(true);
    expect(allowPermission('media', 'https://collector.example/')).toBe(false);
    for (const p of ['geolocation', 'notifications', 'openExternal', 'clipboard-read', 'display-capture'])
      expect(allowPermission(p, 'kiosk://app/index.html'), p).toBe(false);
  });

  it('answers the session’s permission requests and checks with that rule', () => {
    type Request = (c: { getURL(): string }, p: string, cb: (ok: boolean) => void) => void;
    type Check = (c: unknown, p: string, origin: string) => boolean;
    let request: Request | undefined;
    let check: Check | undefined;
    const session = {
      setPermissionRequestHandler: (h: Request) => (request = h),
      setPermissionCheckHandler: (h: Check) => (check = h),
    } as unknown as Session;
    hardenSession(session);

    const answers: boolean[] = [];
    const app = { getURL: () => 'kiosk://app/index.html#/kiosk' };
    request!(app, 'media', (ok) => answers.push(ok));
    request!(app, 'geolocation', (ok) => answers.push(ok));
    request!({ getURL: () => 'https://evil.example/' }, 'media', (ok) => answers.push(ok));
    expect(answers).toEqual([true, false, false]);
    expect(check!(null, 'media', 'kiosk://app')).toBe(true);
    expect(check!(null, 'media', 'https://evil.example')).toBe(false);
  });
});

describe('window contents', () => {
  function fakeContents() {
    const events = new EventEmitter();
    let openHandler: (() => { action: string }) | undefined;
    const contents = Object.assign(events, {
      setWindowOpenHandler: (h: () => { action: string }) => (openHandler = h),
    }) as unknown as WebContents;
    hardenContents(contents);
    const prevented = (event: string, ...args: unknown[]): boolean => {
      let stopped = false;
      events.emit(event, { preventDefault: () => (stopped = true) }, ...args);
      return stopped;
    };
    return { prevented, open: () => openHandler!() };
  }

  it('never navigates away from the app, attaches no webview and opens no window', () => {
    const c = fakeContents();
    expect(c.prevented('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(c.prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.prevented('will-navigate', 'kiosk://app/index.html#/stage')).toBe(false);
    expect(c.prevented('will-attach-webview')).toBe(true);
    expect(c.open()).toEqual({ action: 'deny' });
  });
});
