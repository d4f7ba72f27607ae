import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The module wires Electron's dialog; only printAndSave is exercised here, with real files.
vi.mock('electron', () => ({ app: {}, BrowserWindow: {}, dialog: {} }));
const { printAndSave } = await import('../../../src/main/report-pdf');
const { argSchemas } = await import('../../../src/shared/validate');

const PDF = new TextEncoder().encode('%PDF-1.4\n…');

describe('saving a report PDF', () => {
  it('writes the printed bytes where the facilitator chose', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'Rapport Kaolack.pdf');
    const r = await printAndSave(
      async () => PDF,
      async () => path,
    );
    expect(r).toEqual({ ok: true, value: { path } });
    expect(new Uint8Array(readFileSync(path))).toEqual(PDF);
  });

  it('says so when the dialog is cancelled', async () => {
    expect(
      await printAndSave(
        async () => PDF,
        async () => null,
      ),
    ).toEqual({ ok: false, code: 'cancelled' });
  });

  it('reports a folder it cannot write to as an error, not a crash', async () => {
    const r = await printAndSave(
      async () => PDF,
      async () => join(tmpdir(), 'no-such-dir-☺', 'x.pdf'),
    );
    expect(r.ok).toBe(false);
  });

  it('accepts only a plain .pdf file name over IPC', () => {
    expect(argSchemas.reportsSavePdf.safeParse(['Rapport 2026-03-14.pdf']).success).toBe(true);
    expect(argSchemas.reportsSavePdf.safeParse(['../x.pdf']).success).toBe(false);
    expect(argSchemas.reportsSavePdf.safeParse(['rapport.exe']).success).toBe(false);
    expect(argSchemas.reportsSavePdf.safeParse([]).success).toBe(false);
  });
});
