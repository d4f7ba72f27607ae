import { useEffect, useRef, useState } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel'] as const;

/**
 * Watches for an attendee who walked away. After `idleSec` without a touch or a key
 * it reports a warning with the seconds left; after `warnSec` more it calls `onTimeout`.
 * Any touch or key in between counts as "still here". Off while `enabled` is false.
 */
export function useIdle(enabled: boolean, idleSec: number, warnSec: number, onTimeout: () => void) {
  const [left, setLeft] = useState<number | null>(null);
  const last = useRef(0);
  const timeout = useRef(onTimeout);
  useEffect(() => {
    timeout.current = onTimeout;
  });

  useEffect(() => {
    if (!enabled) return;
    last.current = performance.now();
    const touch = () => {
      last.current = performance.now();
      setLeft(null);
    };
    for (const ev of ACTIVITY) window.addEventListener(ev, touch, true);
    const timer = setInterval(() => {
      const idle = (performance.now() - last.current) / 1000;
      if (idle >= idleSec + warnSec) {
        last.current = performance.now();
        setLeft(null);
        timeout.current();
      } else setLeft(idle >= idleSec ? Math.ceil(idleSec + warnSec - idle) : null);
    }, 250);
    return () => {
      clearInterval(timer);
      for (const ev of ACTIVITY) window.removeEventListener(ev, touch, true);
      setLeft(null);
    };
  }, [enabled, idleSec, warnSec]);

  return enabled ? left : null;
}
