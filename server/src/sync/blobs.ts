import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { nowIso } from '../auth/secrets';

export type PutBlobResult = 'stored' | 'already_stored' | 'hash_mismatch';

/**
 * Stores an audio recording under its sha-256, after checking the bytes really hash to
 * it. Idempotent: the same bytes sent again (or by another kiosk) are stored once.
 */
export async function putBlob(
  db: Kysely<Database>,
  deviceId: string,
  hash: string,
  mime: string,
  bytes: Uint8Array,
): Promise<PutBlobResult> {
  if (createHash('sha256').update(bytes).digest('hex') !== hash) return 'hash_mismatch';
  const r = await db
    .insertInto('blobs')
    .values({
      hash,
      mime,
      size: bytes.byteLength,
      data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      device_id: deviceId,
      received_at: nowIso(),
    })
    .onConflict((oc) => oc.column('hash').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0 ? 'stored' : 'already_stored';
}
