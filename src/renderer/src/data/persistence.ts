/**
 * Asks the browser not to evict this origin's data under storage pressure. Without it
 * Chromium may clear IndexedDB on a nearly full laptop disk. Returns whether granted.
 */
export async function requestPersistence(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

export interface StorageRoom {
  usedBytes: number;
  quotaBytes: number;
  /** True when less than 10% or 200 MB of the quota is left: time to warn the facilitator. */
  low: boolean;
}

export async function storageRoom(): Promise<StorageRoom | null> {
  const est = await navigator.storage?.estimate?.();
  if (!est?.quota) return null;
  const used = est.usage ?? 0;
  const left = est.quota - used;
  return { usedBytes: used, quotaBytes: est.quota, low: left < est.quota * 0.1 || left < 200 * 1024 * 1024 };
}
