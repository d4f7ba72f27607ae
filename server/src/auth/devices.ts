import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, DevicesTable } from '../db/schema';
import { newBundleKey, newEnrollmentCode, newToken, normalizeCode, nowIso, sha256 } from './secrets';

export type Device = Pick<DevicesTable, 'id' | 'kiosk_id' | 'label' | 'bundle_key' | 'revoked_at'>;

/**
 * Staff: makes a one-time enrollment code valid for `ttlHours`. Only its hash is kept.
 * With `forKiosk`, the code enrolls that kiosk (and only it), even when already enrolled.
 */
export async function createEnrollmentCode(
  db: Kysely<Database>,
  label: string,
  ttlHours = 72,
  forKiosk: string | null = null,
): Promise<string> {
  const code = newEnrollmentCode();
  const now = Date.now();
  await db
    .insertInto('enrollment_codes')
    .values({
      code_hash: sha256(normalizeCode(code)),
      label,
      created_at: new Date(now).toISOString(),
      expires_at: new Date(now + ttlHours * 3600_000).toISOString(),
      used_at: null,
      device_id: null,
      for_kiosk: forKiosk,
    })
    .execute();
  return code;
}

export interface Enrollment {
  deviceId: string;
  token: string;
  bundleKey: string;
}

export type EnrollRefusal = 'invalid_code' | 'kiosk_enrolled';

/**
 * Spends a code and registers the kiosk as a new device. Refuses a code that is unknown,
 * expired or already used (one guarded UPDATE, so two kiosks racing for one code cannot
 * both win), and enrolling a kiosk id already known here without a code made for it.
 */
export async function enroll(
  db: Kysely<Database>,
  code: string,
  kioskId: string,
  label?: string,
): Promise<Enrollment | EnrollRefusal> {
  const at = nowIso();
  const deviceId = randomUUID();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('enrollment_codes')
      .select(['code_hash', 'label', 'for_kiosk'])
      .where('code_hash', '=', sha256(normalizeCode(code)))
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    if (!row) return 'invalid_code';
    const refusal = await kioskRefusal(trx, kioskId, row.for_kiosk);
    if (refusal) return refusal;
    const spent = await trx
      .updateTable('enrollment_codes')
      .set({ used_at: at, device_id: deviceId })
      .where('code_hash', '=', row.code_hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(spent.numUpdatedRows) !== 1) return 'invalid_code';
    const token = newToken();
    const bundleKey = newBundleKey();
    await trx
      .insertInto('devices')
      .values({
        id: deviceId,
        kiosk_id: kioskId,
        label: label?.trim() || row.label,
        token_hash: sha256(token),
        bundle_key: bundleKey,
        enrolled_at: at,
        revoked_at: null,
        last_sync_at: null,
        clock_offset_ms: null,
      })
      .execute();
    return { deviceId, token, bundleKey };
  });
}

/**
 * A code made for one kiosk enrolls that kiosk only; a plain code enrolls a kiosk id
 * this collector has never seen, so holding any code does not let one take over a kiosk.
 */
async function kioskRefusal(db: Kysely<Database>, kioskId: string, forKiosk: string | null) {
  if (forKiosk !== null) return forKiosk === kioskId ? null : 'invalid_code';
  const known = await db.selectFrom('devices').select('id').where('kiosk_id', '=', kioskId).executeTakeFirst();
  return known ? 'kiosk_enrolled' : null;
}

/** The device a bearer token belongs to, revoked or not; null for an unknown token. */
export async function deviceByToken(db: Kysely<Database>, token: string): Promise<Device | null> {
  const row = await db
    .selectFrom('devices')
    .select(['id', 'kiosk_id', 'label', 'bundle_key', 'revoked_at'])
    .where('token_hash', '=', sha256(token))
    .executeTakeFirst();
  return row ?? null;
}

export async function deviceById(db: Kysely<Database>, id: string): Promise<Device | null> {
  const row = await db
    .selectFrom('devices')
    .select(['id', 'kiosk_id', 'label', 'bundle_key', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** Staff: withdraws a device's token at once. Returns false for an unknown id. */
export async function revokeDevice(db: Kysely<Database>, id: string): Promise<boolean> {
  const r = await db.updateTable('devices').set({ revoked_at: nowIso() }).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function listDevices(db: Kysely<Database>) {
  return db
    .selectFrom('devices')
    .select(['id', 'kiosk_id', 'label', 'enrolled_at', 'revoked_at', 'last_seq', 'last_sync_at', 'clock_offset_ms'])
    .orderBy('enrolled_at')
    .execute();
}

/** A fresh id for log rows (text keys work the same in both dialects). */
export const logId = (): string => randomUUID();
