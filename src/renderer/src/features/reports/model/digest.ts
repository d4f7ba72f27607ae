import { hex } from '@shared/hex';

/**
 * Canonical JSON: object keys sorted at every level, no whitespace, so the same figures
 * give the same bytes in Chromium and in Node, whatever order they were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 (hex) of the canonical JSON of `value`; WebCrypto, so Chromium and Node agree. */
export async function digestOf(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(value));
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return hex(hash);
}

/**
 * What the QR code on a printed report carries: the kind, the record id (a screening
 * id, or a date range) and the digest of the figures, so a paper copy can be checked
 * against the data (recompute the digest from the JSON export and compare).
 */
export function qrPayload(kind: 'screening' | 'summary', id: string, digest: string): string {
  return `MAM1|${kind}|${id}|${digest}`;
}
