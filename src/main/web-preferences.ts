import type { WebPreferences } from 'electron';
import type { Role } from '../shared/bridge';

/**
 * The web preferences of every app window. The security defaults live here, in one
 * place a test reads: context isolation, the sandbox, no Node in pages, web security on.
 */
export function webPreferencesFor(role: Role, preload: string, devTools = false): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // Off in the packaged app (Ctrl+Shift+I would reach every pledge contact), unless
    // support starts it with --support-devtools (menu.ts).
    devTools,
    // A middle click on a link must not try to open a window (the open handler denies it,
    // this stops it earlier).
    disableBlinkFeatures: 'Auxclick',
    // The stage plays the film and the kiosk keeps its idle timer while the console
    // has the focus: neither may be slowed down as a background window.
    backgroundThrottling: role === 'console',
  };
}
