import type { ErrorCode } from '@shared/result';

/**
 * Turns a failed IndexedDB write into a code the UI can translate. Dexie wraps the
 * browser's QuotaExceededError; both names are checked, as is the inner error.
 */
export function writeErrorCode(err: unknown): ErrorCode {
  const names: string[] = [];
  let e: unknown = err;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    e = (e as { inner?: unknown }).inner;
  }
  if (names.some((n) => n === 'QuotaExceededError')) return 'disk_full';
  return 'io_error';
}
