/**
 * Delay before retry number `failures` (1, 2, …): doubling from `baseMs` up to `maxMs`,
 * with "equal jitter" (half fixed, half random) so many kiosks back from a dead network
 * do not all knock at once, and none retries immediately.
 */
export function backoffDelay(failures: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}
