import { useEffect, useSyncExternalStore } from 'react';
import { purgeExpiredContacts } from '../../data/repos/contact-retention';
import { getRetentionDays } from './device';
import { SyncEngine, type Progress } from './engine';

let engine: SyncEngine | null = null;

/** Web Locks keep one sync at a time across this origin's windows (console, stage, kiosk). */
function acrossWindows<T>(run: () => Promise<T>): Promise<T | null> {
  if (!navigator.locks) return run();
  return navigator.locks.request('mam-sync', { ifAvailable: true }, (lock) => (lock ? run() : null));
}

/** The console's one sync engine. */
export function syncEngine(): SyncEngine {
  engine ??= new SyncEngine({
    exclusive: acrossWindows,
    // Only after a confirmed sync: what the collector holds may leave this laptop.
    afterSuccess: async () => void (await purgeExpiredContacts(await getRetentionDays())),
  });
  return engine;
}

/**
 * Runs the engine while the console is open: at once, every few minutes, and whenever
 * the browser says the network is back. Offline it waits (backoff) and loses nothing.
 */
export function useSyncEngineRunning(): void {
  useEffect(() => {
    const e = syncEngine();
    e.start();
    window.addEventListener('online', e.online);
    return () => {
      window.removeEventListener('online', e.online);
      e.stop();
    };
  }, []);
}

export function useSyncProgress(): Progress {
  const e = syncEngine();
  return useSyncExternalStore(e.subscribe, e.getProgress);
}
