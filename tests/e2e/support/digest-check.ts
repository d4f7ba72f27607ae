import { createHash } from 'node:crypto';

/**
 * An independent reading of the reports' digest definition: SHA-256 (hex) of the value
 * as JSON with every object's keys sorted. What a printed QR code must match.
 */
export function digestCheck(value: unknown): string {
  const json = JSON.stringify(value, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
  return createHash('sha256').update(json, 'utf8').digest('hex');
}
