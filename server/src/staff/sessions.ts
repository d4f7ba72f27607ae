import { timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { newToken, sha256 } from '../auth/secrets';
import { staffById, type Staff } from './accounts';

export interface StaffSession {
  staff: Staff;
  csrf: string;
}

/** Opens a session; the token goes in the cookie, only its hash is stored. */
export async function openSession(db: Kysely<Database>, staffId: string): Promise<string> {
  const token = newToken();
  const at = new Date().toISOString();
  await db
    .insertInto('staff_sessions')
    .values({ token_hash: sha256(token), staff_id: staffId, csrf: newToken(), created_at: at, last_seen_at: at })
    .execute();
  return token;
}

/**
 * The session of this cookie token when it was used within `idleMs`; each use moves
 * its idle clock on. An idle session is deleted, so it cannot come back.
 */
export async function useSession(db: Kysely<Database>, token: string, idleMs: number): Promise<StaffSession | null> {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return null;
  const hashOf = sha256(token);
  const row = await db.selectFrom('staff_sessions').selectAll().where('token_hash', '=', hashOf).executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  if (Date.parse(row.last_seen_at) + idleMs < now) {
    await closeSession(db, token);
    return null;
  }
  const staff = await staffById(db, row.staff_id);
  if (!staff) return null;
  await db
    .updateTable('staff_sessions')
    .set({ last_seen_at: new Date(now).toISOString() })
    .where('token_hash', '=', hashOf)
    .execute();
  return { staff, csrf: row.csrf };
}

export async function closeSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('token_hash', '=', sha256(token)).execute();
}

/** Compares two tokens in constant time (a form's token against the session's). */
export function sameToken(a: unknown, b: string): boolean {
  if (typeof a !== 'string' || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
