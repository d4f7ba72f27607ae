import { z } from 'zod';
import { kioskId } from '../../data/repos/kiosk';
import { setAckedSeq } from '../../data/repos/outbox';
import { getSetting, setSetting } from '../../data/repos/settings';
import { enrollAt, normalizeCollectorUrl, type ClientOptions } from './client';
import { isSyncErrorCode, SyncError, type SyncErrorCode } from './sync-error';

const DEVICE_KEY = 'sync.device';
const STATUS_KEY = 'sync.status';

const deviceSchema = z.object({
  collectorUrl: z.string(),
  deviceId: z.string(),
  token: z.string(),
  bundleKey: z.string(),
  enrolledAt: z.string(),
});
/** What enrollment gave this kiosk: where to send, and the secrets to send with. */
export type DeviceCredentials = z.infer<typeof deviceSchema>;

/** The kiosk's collector enrollment, or null before its first enrollment. Local only. */
export async function getDevice(): Promise<DeviceCredentials | null> {
  const parsed = deviceSchema.safeParse(await getSetting<unknown>(DEVICE_KEY, null));
  return parsed.success ? parsed.data : null;
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
  await setSetting(DEVICE_KEY, device);
  // A new device at the collector has acknowledged nothing yet: what is unsent follows 0.
  await setAckedSeq(0);
  await setSetting(STATUS_KEY, { lastSuccessAt: null, lastError: null, lastHeal: null });
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
  const raw = await getSetting<Partial<SyncStatus> | null>(STATUS_KEY, null);
  const err = raw?.lastError;
  const heal = raw?.lastHeal;
  return {
    lastSuccessAt: typeof raw?.lastSuccessAt === 'string' ? raw.lastSuccessAt : null,
    lastError: err && isSyncErrorCode(err.code) ? err : null,
    lastHeal: heal && typeof heal.at === 'string' && typeof heal.requeued === 'number' ? heal : null,
  };
}

export async function writeStatus(next: Partial<SyncStatus>): Promise<void> {
  await setSetting(STATUS_KEY, { ...(await readStatus()), ...next });
}

const RETENTION_KEY = 'sync.retentionDays';

/** Days after which contact details are erased from this kiosk once synced; 0 = never. */
export async function getRetentionDays(): Promise<number> {
  const v = await getSetting<unknown>(RETENTION_KEY, 0);
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

export async function setRetentionDays(days: number): Promise<void> {
  await setSetting(RETENTION_KEY, days);
}
