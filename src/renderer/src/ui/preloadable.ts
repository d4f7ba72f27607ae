import { lazy, type ComponentType } from 'react';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a screen or panel takes no props
export interface Preloadable<P = {}> {
  /** Renders the component; suspends (Suspense fallback) only while its code is still loading. */
  Component: ComponentType<P>;
  /** Starts loading the code (once); resolves when it is ready. */
  preload(): Promise<void>;
}

/**
 * A component whose code is a separate chunk, fetched and parsed only when first wanted.
 * React.lazy alone suspends at its first render even when the chunk is already loaded
 * (a resolved promise still answers a tick later), so the screen in use at start would
 * flash its fallback: once preloaded, the loader answers with a thenable that calls back
 * at once, and React renders the component straight away.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a screen or panel takes no props
export function preloadable<P = {}>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let ready: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then((c) => {
      ready = c;
    }));
  const Component = lazy(() => {
    if (ready) {
      const loaded = { default: ready };
      return { then: (ok: (m: typeof loaded) => void) => ok(loaded) } as unknown as Promise<typeof loaded>;
    }
    return preload().then(() => ({ default: ready! }));
  });
  return { Component, preload };
}
