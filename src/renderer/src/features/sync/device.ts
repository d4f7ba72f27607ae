import type { SettingValue } from '../../data/settings';
import { kioskId } from '../../data/repos/kiosk';
import { setAckedSeq } from '../../data/repos/outbox';
import { getSetting, setSetting } from '../../data/repos/settings';
import { enrollAt, normalizeCollectorUrl, type ClientOptions } from './client';
import { isSyncErrorCode, SyncError, type SyncErrorCode } from './sync-error';

/** What enrollment gave this kiosk: where to send, and the secrets to send with. */
export type DeviceCredentials = SettingValue<'sync.device'>;

/** The kiosk's collector enrollment, or null before its first enrollment. Local only. */
export async function getDevice(): Promise<DeviceCredentials | null> {
  return (await getSetting('sync.device')) ?? null;
}

/**
 * Enrolls this kiosk at a collector with a one-time code (typed or pasted) and keeps
 * the device id, token and bundle key. Needs the network; throws SyncError. A kiosk
 * enrolled again (new code, or another collector) keeps its unsent changes: they go to
 * the new collector at the next sync.
 */
export async function enrollKiosk(
  urlInput: string,
  code: string,
  label: string,
  opts: ClientOptions = {},
): Promise<DeviceCredentials> {
  const collectorUrl = normalizeCollectorUrl(urlInput);
  const trimmed = code.trim();
  if (trimmed.length < 4) throw new SyncError('invalid_code');
  const got = await enrollAt(
    collectorUrl,
    { code: trimmed, kioskId: await kioskId(), label: label.trim() || undefined },
    opts,
  );
  const device = { collectorUrl, ...got, enrolledAt: new Date().toISOString() };
  await setSetting('sync.device', device);
  // A new device at the collector has acknowledged nothing yet: what is unsent follows 0.
  await setAckedSeq(0);
  await setSetting('sync.status', { lastSuccessAt: null, lastError: null, lastHeal: null });
  return device;
}

export interface SyncStatus {
  lastSuccessAt: string | null;
  lastError: { code: SyncErrorCode; detail?: string; at: string } | null;
  /** The collector had lost changes it acknowledged: resent from its point, or all queued again. */
  lastHeal: { at: string; requeued: number } | null;
}

/** Last success and last failure, kept in settings so every window and a restart see them. */
export async function readStatus(): Promise<SyncStatus> {
  const raw = await getSetting('sync.status');
  const err = raw?.lastError;
  return {
    lastSuccessAt: raw?.lastSuccessAt ?? null,
    lastError: err && isSyncErrorCode(err.code) ? { ...err, code: err.code } : null,
    lastHeal: raw?.lastHeal ?? null,
  };
}

export async function writeStatus(next: Partial<SyncStatus>): Promise<void> {
  await setSetting('sync.status', { ...(await readStatus()), ...next });
}

/** Days after which contact details are erased from this kiosk once synced; 0 = never. */
export async function getRetentionDays(): Promise<number> {
  return (await getSetting('sync.retentionDays')) ?? 0;
}

export async function setRetentionDays(days: number): Promise<void> {
  await setSetting('sync.retentionDays', days);
}
