import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Staff } from './accounts';

/** Writes who did what, when, with which filter (contact exports). */
export async function writeAudit(db: Kysely<Database>, staff: Staff, action: string, detail: unknown): Promise<void> {
  await db
    .insertInto('staff_audit')
    .values({
      id: randomUUID(),
      staff_id: staff.id,
      staff_email: staff.email,
      at: new Date().toISOString(),
      action,
      detail: JSON.stringify(detail),
    })
    .execute();
}

export async function listAudit(db: Kysely<Database>, limit = 200) {
  return db.selectFrom('staff_audit').selectAll().orderBy('at', 'desc').orderBy('id').limit(limit).execute();
}
