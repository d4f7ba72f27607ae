/**
 * Why a sync or an enrollment did not happen, in the kiosk's terms; each code has a
 * plain sentence under `sync:errors.<code>`. Whatever the code, nothing unsent is lost.
 */
export const SYNC_ERROR_CODES = [
  'not_enrolled',
  'invalid_url',
  'unreachable',
  'timeout',
  'not_collector',
  'unauthorized',
  'revoked',
  'invalid_code',
  'kiosk_enrolled',
  'sequence_gap',
  'refused',
  'rate_limited',
  'server_error',
  'local_error',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    /** The collector's own words, when it gave any (shown small, for support). */
    readonly detail?: string,
    /** With `sequence_gap`: the last change of this kiosk the collector holds. */
    readonly lastSeq?: number,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export const isSyncErrorCode = (v: unknown): v is SyncErrorCode =>
  typeof v === 'string' && (SYNC_ERROR_CODES as readonly string[]).includes(v);

/** What an HTTP answer means for the kiosk, from its status and the collector's error code. */
export function classify(status: number, error: unknown): SyncErrorCode {
  if (status === 401) return error === 'token_revoked' ? 'revoked' : 'unauthorized';
  if (status === 403) return error === 'invalid_code' || error === 'kiosk_enrolled' ? error : 'refused';
  if (status === 409 && error === 'sequence_gap') return 'sequence_gap';
  if (status === 404 || status === 405) return 'not_collector';
  if (status === 429) return 'rate_limited';
  if (status >= 400 && status < 500) return 'refused';
  return 'server_error';
}
