import type { FilmInfo, ImportProgress, KioskApi } from '@shared/bridge';
import { fail, ok } from '@shared/result';
import { createBrowserMedia } from './browser-media';
import { createBrowserPhones } from './browser-phones';
import { createBrowserShell, download } from './browser-shell';

/**
 * The KioskApi in a plain browser (Chromium on the facilitator's laptop, or a tablet
 * on the local network showing the stage or the attendee screen). A second platform,
 * not a mock: the sample film is served beside the page, reports are downloads.
 */
export function createBrowserBridge(base: URL = new URL('.', location.href)): KioskApi {
  const progressListeners = new Set<(p: ImportProgress) => void>();
  const shell = createBrowserShell();
  const sampleUrl = (file: string) => new URL(`media/sample/${file}`, base).href;

  async function sampleFilm(): Promise<FilmInfo> {
    const res = await fetch(sampleUrl('film.json'));
    if (!res.ok) throw new Error(`sample film manifest: HTTP ${res.status}`);
    const film = (await res.json()) as FilmInfo;
    return {
      ...film,
      src: sampleUrl(film.src),
      subtitles: film.subtitles.map((t) => ({ ...t, src: sampleUrl(t.src) })),
    };
  }

  return {
    app: { info: async () => ok({ platform: 'browser', version: import.meta.env.VITE_APP_VERSION ?? 'dev' }) },
    media: {
      ...createBrowserMedia(sampleFilm, (p) => progressListeners.forEach((l) => l(p))),
      onImportProgress: (listener) => {
        progressListeners.add(listener);
        return () => progressListeners.delete(listener);
      },
    },
    reports: {
      save: async (fileName, bytes) => {
        download(fileName, bytes as BlobPart);
        return ok({});
      },
      // The browser's own print dialog makes the PDF ("Save as PDF"); whether the user
      // saved or cancelled it is not told to the page, so no path is reported.
      savePdf: async () => {
        window.print();
        return ok({});
      },
    },
    displays: {
      list: async () => ok([{ id: 0, label: 'screen', primary: true, width: screen.width, height: screen.height }]),
    },
    windows: {
      open: async (role) => {
        const w = window.open(`#/${role}`, `mam-${role}`);
        return w ? ok(undefined) : fail('permission_denied');
      },
      setFullscreen: async (on) => {
        try {
          if (on && !document.fullscreenElement) await document.documentElement.requestFullscreen();
          if (!on && document.fullscreenElement) await document.exitFullscreen();
          return ok(undefined);
        } catch {
          return fail('permission_denied');
        }
      },
      setKioskMode: shell.setKioskMode,
    },
    power: shell.power,
    log: shell.log,
    diagnostics: shell.diagnostics,
    phones: createBrowserPhones(base),
  };
}
