/**
 * PostgreSQL may abort a transaction that lost a race (serialization failure 40001,
 * deadlock 40P01); running it again is the documented remedy. The collector does that
 * itself, a few times with a short random pause, rather than failing the kiosk.
 */
const RETRYABLE = new Set(['40001', '40P01']);

export const isRetryable = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && RETRYABLE.has(String((err as { code?: unknown }).code));

export async function withRetry<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err;
      await new Promise((ok) => setTimeout(ok, 5 + Math.random() * 20 * attempt));
    }
  }
}
