import { Suspense, useEffect, useState, type ComponentType } from 'react';
import { preloadable } from './preloadable';
import { whenIdle } from './when-idle';

/**
 * A component whose code (and what it pulls in: the database, the sync engine) loads
 * once the window has painted, so the first screen does not wait for it: when the
 * window is idle by default, or at `soon` (afterFrame: right after the first frame,
 * for what the screen needs to answer). Until then `Placeholder` shows (nothing by
 * default). A chunk that fails to load is rendered anyway, so the failure reaches the
 * error screen instead of hiding.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a screen or panel takes no props
export function afterPaint<P extends object = {}>(
  load: () => Promise<ComponentType<P>>,
  Placeholder: ComponentType<P> = () => null,
  soon: (fn: () => void) => () => void = whenIdle,
): ComponentType<P> {
  const lazy = preloadable(load);
  return function AfterPaint(props: P) {
    const [ready, setReady] = useState(false);
    useEffect(
      () =>
        soon(
          () =>
            void lazy
              .preload()
              .catch(() => undefined)
              .finally(() => setReady(true)),
        ),
      [],
    );
    if (!ready) return <Placeholder {...props} />;
    return (
      <Suspense fallback={<Placeholder {...props} />}>
        <lazy.Component {...props} />
      </Suspense>
    );
  };
}
