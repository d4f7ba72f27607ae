import type { Page } from '@playwright/test';
import type { AudioBlob } from '../../../src/renderer/src/data/types';
import { DB_NAME } from '../../../src/renderer/src/data/db-name';

export interface StoredBlobCheck {
  key: string;
  /** sha-256 of the stored bytes, computed again in the page. */
  digest: string;
  size: number;
  mime: string;
  /** The first four bytes: a WebM file starts with the EBML magic 1a 45 df a3. */
  magic: string;
}

/** Reads every stored recording back from IndexedDB and hashes its bytes again. */
export async function storedBlobs(page: Page): Promise<StoredBlobCheck[]> {
  return page.evaluate(async (name) => {
    const rows = await new Promise<AudioBlob[]>((ok, ko) => {
      const open = indexedDB.open(name);
      open.onerror = () => ko(new Error('open failed'));
      open.onsuccess = () => {
        const req = open.result.transaction(['blobs']).objectStore('blobs').getAll();
        req.onsuccess = () => ok(req.result as AudioBlob[]);
        req.onerror = () => ko(new Error('read failed'));
      };
    });
    const hex = (b: ArrayBuffer) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('');
    return Promise.all(
      rows.map(async (r) => {
        const bytes = await r.data.arrayBuffer();
        return {
          key: r.hash,
          digest: hex(await crypto.subtle.digest('SHA-256', bytes)),
          size: bytes.byteLength,
          mime: r.mime,
          magic: hex(bytes.slice(0, 4)),
        };
      }),
    );
  }, DB_NAME);
}
