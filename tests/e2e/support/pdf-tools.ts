import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Text of a PDF as poppler's pdftotext reads it (UTF-8, layout kept). */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  writeFileSync(join(dir, 'r.pdf'), pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
}

/** Number of pages, from pdfinfo. */
export function pdfPages(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  writeFileSync(join(dir, 'r.pdf'), pdf);
  const info = execFileSync('pdfinfo', [join(dir, 'r.pdf')], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Renders the first page to PNG (pdftoppm) and decodes its QR code (zbarimg). */
export function pdfQr(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-qr-'));
  writeFileSync(join(dir, 'r.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-png', join(dir, 'r.pdf'), join(dir, 'page')]);
  const png = readdirSync(dir).find((f) => f.endsWith('.png'))!;
  return execFileSync('zbarimg', ['--raw', '-q', '-Sqrcode.enable', join(dir, png)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'], // zbar's D-Bus complaint is noise
  }).trim();
}
