import { createDecipheriv, createHash } from 'node:crypto';
import { BODY_BOUNDS, jsonBoundsProblem } from '../sync/json-bounds';
import {
  BUNDLE_MAGIC,
  bundleBodySchema,
  bundleHeaderSchema,
  type BundleBody,
  type BundleHeader,
} from '../../../src/shared/sync-protocol';

export class BundleError extends Error {
  constructor(
    readonly code:
      'not_a_bundle' | 'unknown_device' | 'revoked_device' | 'tampered' | 'invalid_content' | 'foreign_record',
    message: string,
  ) {
    super(message);
  }
}

/** Splits a bundle file into its header (readable, authenticated) and the sealed rest. */
export function readHeader(file: Uint8Array): { header: BundleHeader; aad: Buffer; sealed: Buffer } {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (!buf.subarray(0, BUNDLE_MAGIC.length).equals(Buffer.from(BUNDLE_MAGIC))) {
    throw new BundleError('not_a_bundle', 'This file is not a kiosk sync bundle.');
  }
  const end = buf.indexOf(0x0a, BUNDLE_MAGIC.length);
  if (end < 0 || end - BUNDLE_MAGIC.length > 4096) {
    throw new BundleError('not_a_bundle', 'The bundle header is missing or damaged.');
  }
  let header: BundleHeader;
  try {
    header = bundleHeaderSchema.parse(JSON.parse(buf.subarray(BUNDLE_MAGIC.length, end).toString('utf8')));
  } catch {
    throw new BundleError('not_a_bundle', 'The bundle header is missing or damaged.');
  }
  return { header, aad: buf.subarray(0, end + 1), sealed: buf.subarray(end + 1) };
}

/**
 * Opens a bundle with its device's key. AES-256-GCM authenticates the header and every
 * byte of the content: any change, a wrong key or a cut file fails here, before anything
 * is read from it.
 */
export function openBundle(file: Uint8Array, bundleKey: string): { header: BundleHeader; body: BundleBody } {
  const { header, aad, sealed } = readHeader(file);
  if (sealed.length < 17) throw new BundleError('tampered', 'The bundle is cut short.');
  let plain: Buffer;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      Buffer.from(bundleKey, 'base64url'),
      Buffer.from(header.iv, 'base64'),
    );
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  } catch {
    throw new BundleError(
      'tampered',
      `The bundle failed its authenticity check: it was altered, damaged, or not made by device ${header.deviceId}.`,
    );
  }
  const json: unknown = JSON.parse(plain.toString('utf8'));
  // Bounded before the schema walks it, as a request body is (json-bounds).
  const parsed = jsonBoundsProblem(json, BODY_BOUNDS) ? null : bundleBodySchema.safeParse(json);
  if (!parsed?.success || parsed.data.deviceId !== header.deviceId) {
    throw new BundleError('invalid_content', 'The bundle opened, but its content is not a valid set of changes.');
  }
  for (const b of parsed.data.blobs) {
    if (createHash('sha256').update(Buffer.from(b.data, 'base64')).digest('hex') !== b.hash) {
      throw new BundleError('invalid_content', `Audio ${b.hash} in the bundle does not match its sha-256.`);
    }
  }
  return { header, body: parsed.data };
}
