import { z } from 'zod';
import { stripControls } from './plain-text';
import { isoInstant, recordId, sha256Hex } from './records/fields';
import { SYNC_TABLES, SYNCED_SCHEMAS, type SyncTableName } from './records';

/**
 * The wire contract between a kiosk and the collector (server/). Both sides parse what
 * they receive with these schemas: the collector trusts nothing a kiosk sends, and the
 * kiosk trusts nothing a collector (or whatever answers at its URL) replies.
 */
export { isoInstant, recordId, sha256Hex, SYNC_TABLES, type SyncTableName };

export const SYNC_LIMITS = {
  /** Changes in one batch request; the kiosk sends fewer (see the engine). */
  maxChanges: 1000,
  /** Bytes of one JSON request body. */
  maxBodyBytes: 8 * 1024 * 1024,
  /** Bytes of one audio recording. */
  maxBlobBytes: 25 * 1024 * 1024,
} as const;

const envelope = {
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  recordId,
  rev: z.number().int().positive().max(1_000_000_000),
  at: isoInstant,
};
const changeOf = <T extends SyncTableName>(table: T) =>
  z.strictObject({ ...envelope, table: z.literal(table), payload: SYNCED_SCHEMAS[table] });

/** One outbox entry on the wire: the record's snapshot, parsed by the schema of its table. */
export const changeSchema = z.discriminatedUnion('table', [
  changeOf('screenings'),
  changeOf('questions'),
  changeOf('pledges'),
  changeOf('events'),
  changeOf('polls'),
  changeOf('pollAnswers'),
  changeOf('votes'),
]);
export type Change = z.infer<typeof changeSchema>;

// Every synced table must be on the wire: a table left out here is refused by the collector
// (400) while the kiosk keeps resending it. This fails to compile when one is missing.
type OffTheWire = Exclude<SyncTableName, Change['table']>;
export const EVERY_TABLE_ON_THE_WIRE: [OffTheWire] extends [never] ? true : OffTheWire = true;

export const batchRequestSchema = z.strictObject({
  /** The kiosk's clock when it sent the batch: the collector records the offset. */
  deviceTime: isoInstant,
  /**
   * The last sequence number the collector acknowledged before this batch (0 at first).
   * The collector answers 409 `sequence_gap` when it never applied that one. Optional:
   * kiosks from before it still sync, unchecked.
   */
  follows: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
  changes: z.array(changeSchema).min(1).max(SYNC_LIMITS.maxChanges),
});
export type BatchRequest = z.infer<typeof batchRequestSchema>;

export const batchResponseSchema = z.object({
  /** Highest sequence number applied for this device so far. */
  lastSeq: z.number().int().nonnegative(),
  /** Records created or moved to a newer revision by this batch. */
  applied: z.number().int().nonnegative(),
  /** Audio the collector does not have yet, referenced by records it holds. */
  missingBlobs: z.array(sha256Hex),
  serverTime: isoInstant,
  /** The kiosk's clock minus the collector's, in ms, as measured when the batch arrived. */
  clockOffsetMs: z.number(),
});
export type BatchResponse = z.infer<typeof batchResponseSchema>;

export const enrollRequestSchema = z.strictObject({
  code: z.string().trim().min(4).max(64),
  kioskId: recordId,
  label: z.string().transform(stripControls).pipe(z.string().max(120)).optional(),
});
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;

export const enrollResponseSchema = z.object({
  deviceId: recordId,
  /** Bearer token for every later request; revocable at the collector. */
  token: z.string().min(32).max(200),
  /** Base64url AES-256 key that seals this device's USB bundles. */
  bundleKey: z.string().min(40).max(60),
});
export type EnrollResponse = z.infer<typeof enrollResponseSchema>;

export const stateResponseSchema = z.object({
  deviceId: recordId,
  lastSeq: z.number().int().nonnegative(),
  serverTime: isoInstant,
});

export const blobPutResponseSchema = z.object({ hash: sha256Hex, stored: z.enum(['stored', 'already_stored']) });

export const errorBodySchema = z.object({
  error: z.string(),
  message: z.string(),
  /** With `sequence_gap`: the highest sequence number the collector applied for this device. */
  lastSeq: z.number().int().nonnegative().optional(),
});

/** Error codes the collector answers with; the kiosk turns each into plain words. */
export type CollectorErrorCode =
  | 'invalid_request'
  | 'body_too_large'
  | 'unauthorized'
  | 'token_revoked'
  | 'invalid_code'
  | 'forbidden_record'
  | 'kiosk_enrolled'
  | 'sequence_gap'
  | 'hash_mismatch'
  | 'not_found'
  | 'rate_limited'
  | 'internal';

/**
 * USB bundle: `MAMBUNDLE1\n`, one JSON header line, then AES-256-GCM ciphertext of the
 * JSON body (tag appended, header bytes as additional data), so a bundle on a lost stick
 * is unreadable and a changed byte anywhere makes the collector refuse it.
 */
export const BUNDLE_MAGIC = 'MAMBUNDLE1\n';

export const bundleHeaderSchema = z.strictObject({
  v: z.literal(1),
  deviceId: recordId,
  createdAt: isoInstant,
  /** Base64 of the 12-byte AES-GCM nonce. */
  iv: z.string().regex(/^[A-Za-z0-9+/]{16}$/),
});
export type BundleHeader = z.infer<typeof bundleHeaderSchema>;

export const bundleBodySchema = z.strictObject({
  deviceId: recordId,
  changes: z.array(changeSchema).max(5_000_000),
  blobs: z.array(z.strictObject({ hash: sha256Hex, mime: z.string().max(100), data: z.base64() })),
});
export type BundleBody = z.infer<typeof bundleBodySchema>;
