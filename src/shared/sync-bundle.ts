import { BUNDLE_MAGIC, type BundleBody, type BundleHeader } from './sync-protocol';

/** Base64 of bytes, in pieces: a spread of a large array would overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/**
 * Seals a USB bundle with the device's AES-256-GCM key (WebCrypto, the same in the
 * kiosk and in Node): `MAMBUNDLE1\n` + header line + ciphertext and tag, the header
 * bound as additional data. Only the collector that enrolled the device can open it,
 * and any change to any byte makes it refuse the file.
 */
export async function sealBundle(body: BundleBody, bundleKey: string, createdAt: string): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: BundleHeader = { v: 1, deviceId: body.deviceId, createdAt, iv: toBase64(iv) };
  const aad = new TextEncoder().encode(`${BUNDLE_MAGIC}${JSON.stringify(header)}\n`);
  const key = await crypto.subtle.importKey('raw', fromBase64Url(bundleKey), 'AES-GCM', false, ['encrypt']);
  const plain = new TextEncoder().encode(JSON.stringify(body));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain));
  const file = new Uint8Array(aad.length + sealed.length);
  file.set(aad);
  file.set(sealed, aad.length);
  return file;
}
