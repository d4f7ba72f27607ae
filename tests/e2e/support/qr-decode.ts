import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from '@playwright/test';

/** Reads a QR code the way a phone would: from a screenshot of what is on screen. */
export async function decodeQrOnScreen(img: Locator): Promise<string | null> {
  const png = PNG.sync.read(await img.screenshot());
  const found = jsQR(
    new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    png.width,
    png.height,
  );
  return found?.data ?? null;
}
