import { join } from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import type { SavedFile } from '../shared/bridge';
import { fail, type Result } from '../shared/result';
import { saveReport } from './report-file';

/**
 * Prints, then asks where to save, then writes. Printing first means a print failure
 * never leaves the facilitator with an empty file; a cancelled dialog writes nothing.
 */
export async function printAndSave(
  print: () => Promise<Uint8Array>,
  choosePath: () => Promise<string | null>,
): Promise<Result<SavedFile>> {
  const bytes = await print();
  const path = await choosePath();
  if (!path) return fail('cancelled');
  return saveReport(path, bytes);
}

/**
 * The report PDF is the page the facilitator sees, printed by Chromium (A4, with
 * backgrounds so chart colours survive; the page's `@page` size wins when it sets one).
 */
export function savePdfOf(sender: WebContents, fileName: string): Promise<Result<SavedFile>> {
  return printAndSave(
    async () =>
      new Uint8Array(await sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })),
    async () => {
      const win = BrowserWindow.fromWebContents(sender);
      const options = {
        defaultPath: join(app.getPath('documents'), fileName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const picked = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return picked.canceled || !picked.filePath ? null : picked.filePath;
    },
  );
}
