import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Only hashes of tokens and codes are stored: a copied database grants no access. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export const newToken = (): string => randomBytes(32).toString('base64url');

/** A 256-bit AES key for the device's USB bundles (kept by the collector to open them). */
export const newBundleKey = (): string => randomBytes(32).toString('base64url');

// No 0/O, 1/I/L: staff read the code aloud or type it on a kiosk.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A one-time enrollment code such as `K7QM-2XPA-9RTD` (about 59 bits). */
export function newEnrollmentCode(): string {
  const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** Codes are compared case- and separator-insensitively (typed, pasted, read aloud). */
export const normalizeCode = (code: string): string => code.toUpperCase().replace(/[^0-9A-Z]/g, '');

export const nowIso = (): string => new Date().toISOString();
