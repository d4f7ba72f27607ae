import { pendingCount } from '../../data/repos/outbox';
import { useLive } from '../../data/use-live';
import { getDevice, readStatus, type DeviceCredentials, type SyncStatus } from './device';

const NO_STATUS: SyncStatus = { lastSuccessAt: null, lastError: null, lastHeal: null };

/** What every window can show about sync, live from the database (updates across windows). */
export function useSyncState(): {
  pending: number;
  status: SyncStatus;
  device: DeviceCredentials | null | undefined;
} {
  const pending = useLive(pendingCount, [], 0);
  const status = useLive(readStatus, [], NO_STATUS);
  // undefined while loading, so nothing flashes "not enrolled" on start-up.
  const device = useLive<DeviceCredentials | null | undefined>(getDevice, [], undefined);
  return { pending, status, device };
}
