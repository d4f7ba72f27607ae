import { sealBundle, toBase64 } from '@shared/sync-bundle';
import type { Change } from '@shared/sync-protocol';
import { newestPerRecord } from '@shared/newest-per-record';
import { audioOf } from '@shared/records/constants';
import { blobsByHash, forEachPending, toChange, type PendingChange } from '../../data/repos/outbox';
import { getDevice } from './device';
import { SyncError } from './sync-error';

export interface Bundle {
  fileName: string;
  bytes: Uint8Array;
  changes: number;
  audio: number;
}

/**
 * Builds the USB bundle: every unsent change (only the newest revision of each record,
 * which is all the collector keeps) and the audio they refer to, sealed with this
 * device's key. Offline by design; nothing leaves the outbox (only a network ack does),
 * so a bundle and a later network sync never conflict: the collector applies both once.
 */
export async function buildBundle(now = new Date()): Promise<Bundle> {
  const device = await getDevice();
  if (!device) throw new SyncError('not_enrolled');
  const pending: PendingChange[] = [];
  await forEachPending(2000, (batch) => pending.push(...batch));
  const changes: Change[] = newestPerRecord(pending)
    .sort((a, b) => a.seq - b.seq)
    .map(toChange);
  const hashes = changes.flatMap(audioOf);
  const blobs = await Promise.all(
    (await blobsByHash([...new Set(hashes)])).map(async (b) => ({
      hash: b.hash,
      mime: b.mime,
      data: toBase64(new Uint8Array(await b.data.arrayBuffer())),
    })),
  );
  const bytes = await sealBundle({ deviceId: device.deviceId, changes, blobs }, device.bundleKey, now.toISOString());
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return {
    fileName: `mam-sync-${device.deviceId.slice(0, 8)}-${stamp}.mambundle`,
    bytes,
    changes: changes.length,
    audio: blobs.length,
  };
}
