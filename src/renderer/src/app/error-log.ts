import { kiosk } from '../platform';

/** An error as one log line: its kind and message, never the data it was handling. */
function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : 'unknown error';
}

export function logError(what: string, error: unknown, where = ''): void {
  const line = `${what}: ${describe(error)}${where ? ` (${where})` : ''}`.slice(0, 2000);
  void kiosk.log.write('error', line);
}

/** Errors no component caught (a failed promise, a script error) reach the log too. */
export function logUncaughtErrors(): void {
  window.addEventListener('error', (e) => logError('uncaught error', e.error ?? e.message));
  window.addEventListener('unhandledrejection', (e) => logError('unhandled rejection', e.reason));
}
