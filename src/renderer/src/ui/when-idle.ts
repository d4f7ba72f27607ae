/**
 * Runs `fn` once the window is idle after its first paint (within a second at most), for
 * what a screen needs next but not to show itself. Returns a cancel function.
 */
export function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(fn, 200);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(fn, { timeout: 1000 });
  return () => cancelIdleCallback(idle);
}
