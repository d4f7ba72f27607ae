import { useEffect, useState } from 'react';

/** The time now, refreshed every `everyMs` (for clocks and timers on screen). */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Seconds from an ISO time to now (0 when unknown or in the future: clocks can be wrong). */
export const secondsSince = (iso: string | null | undefined, now: number) =>
  iso ? Math.max(0, Math.floor((now - Date.parse(iso)) / 1000)) : 0;
