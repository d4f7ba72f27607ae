import type { Kysely } from 'kysely';
import { deviceById, type Device } from '../auth/devices';
import type { BundleBody } from '../../../src/shared/sync-protocol';
import type { Database } from '../db/schema';
import { applyChanges } from '../sync/apply';
import { checkKioskClaims, ForeignRecordError } from '../sync/ownership';
import { putBlob } from '../sync/blobs';
import { validateChange, type ValidChange } from '../sync/payloads';
import { BundleError, openBundle, readHeader } from './open';

export interface ImportSummary {
  deviceId: string;
  createdAt: string;
  changes: number;
  /** Records created or moved to a newer revision: 0 when the bundle was imported before. */
  applied: number;
  audioStored: number;
  audioAlready: number;
  lastSeq: number;
}

/**
 * Imports a USB bundle exactly as a network sync would apply it (same validation, same
 * idempotent upserts), so importing it twice, or after the kiosk also synced, changes
 * nothing. Throws BundleError, before writing anything, for a refused bundle (a record
 * of another kiosk found while applying refuses that chunk and the rest).
 */
export async function importBundle(db: Kysely<Database>, file: Uint8Array): Promise<ImportSummary> {
  const { header } = readHeader(file);
  const device = await deviceById(db, header.deviceId);
  if (!device) throw new BundleError('unknown_device', `Device ${header.deviceId} is not enrolled at this collector.`);
  if (device.revoked_at) throw new BundleError('revoked_device', `Device ${header.deviceId} was revoked.`);
  const { body } = openBundle(file, device.bundle_key);
  const valid: ValidChange[] = [];
  for (const [i, change] of body.changes.entries()) {
    const v = validateChange(change);
    if (!v.ok) throw new BundleError('invalid_content', `change ${i}: ${v.reason}`);
    valid.push(v.change);
  }
  try {
    checkKioskClaims(device, valid);
    return await importValid(db, device, header.createdAt, valid, body.blobs);
  } catch (err) {
    // The same ownership rules as a network sync; a refusal names the record.
    if (err instanceof ForeignRecordError) throw new BundleError('foreign_record', err.message);
    throw err;
  }
}

async function importValid(
  db: Kysely<Database>,
  device: Device,
  createdAt: string,
  valid: ValidChange[],
  blobs: BundleBody['blobs'],
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    deviceId: device.id,
    createdAt,
    changes: valid.length,
    applied: 0,
    audioStored: 0,
    audioAlready: 0,
    lastSeq: 0,
  };
  for (const b of blobs) {
    const r = await putBlob(db, device.id, b.hash, b.mime, Buffer.from(b.data, 'base64'));
    if (r === 'stored') summary.audioStored += 1;
    else summary.audioAlready += 1;
  }
  // Chunks of one network batch each: a cut import resumes idempotently when run again.
  for (let i = 0; i < valid.length || i === 0; i += 1000) {
    const r = await applyChanges(db, device, {
      changes: valid.slice(i, i + 1000),
      source: 'bundle',
      deviceTime: null,
      clockOffsetMs: null,
    });
    summary.applied += r.applied;
    summary.lastSeq = r.lastSeq;
  }
  return summary;
}
