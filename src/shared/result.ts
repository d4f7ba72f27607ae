/**
 * Errors cross the bridge as data, never as thrown exceptions, so that every caller
 * has to decide what the facilitator is told. Codes map to translated messages
 * under `common:errors.<code>`.
 */
export const ERROR_CODES = [
  'cancelled',
  'invalid_argument',
  'not_found',
  'disk_full',
  'unsupported_media',
  'bad_subtitles',
  'io_error',
  'busy',
  'not_available',
  'permission_denied',
  'read_only',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; detail?: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, detail?: string): Result<T> =>
  detail === undefined ? { ok: false, code } : { ok: false, code, detail };
