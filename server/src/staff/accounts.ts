import { hash, verify } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, StaffRole, StaffTable } from '../db/schema';
import { nowIso } from '../auth/secrets';

export type Staff = Pick<StaffTable, 'id' | 'email' | 'name' | 'role'>;

export const ROLES: readonly StaffRole[] = ['admin', 'analyst'];
export const MIN_PASSWORD = 12;

// argon2id with OWASP's second recommended setting (19 MiB, 2 passes): memory-hard.
const ARGON = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Verified when the account is unknown too, so an answer's time does not tell who has an account.
let dummyHash: Promise<string> | null = null;

export type AddStaffRefusal = 'bad_email' | 'bad_role' | 'short_password' | 'exists';

/** An administrator adds an account (the first one from the command line). */
export async function addStaff(
  db: Kysely<Database>,
  input: { email: string; name: string; role: string; password: string },
): Promise<Staff | AddStaffRefusal> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]{1,64}@[^\s@]{1,190}$/.test(email)) return 'bad_email';
  if (!ROLES.includes(input.role as StaffRole)) return 'bad_role';
  if ([...input.password].length < MIN_PASSWORD) return 'short_password';
  const known = await db.selectFrom('staff').select('id').where('email', '=', email).executeTakeFirst();
  if (known) return 'exists';
  const row = {
    id: randomUUID(),
    email,
    name: input.name.trim().slice(0, 100) || email,
    role: input.role as StaffRole,
    password_hash: await hash(input.password, ARGON),
    created_at: nowIso(),
    disabled_at: null,
  };
  await db.insertInto('staff').values(row).execute();
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** The account for this email and password, or null (unknown, disabled or wrong password alike). */
export async function checkPassword(db: Kysely<Database>, email: string, password: string): Promise<Staff | null> {
  const row = await db
    .selectFrom('staff')
    .select(['id', 'email', 'name', 'role', 'password_hash', 'disabled_at'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  dummyHash ??= hash('not a password of anyone', ARGON);
  const ok = await verify(row?.password_hash ?? (await dummyHash), password.slice(0, 1000)).catch(() => false);
  if (!row || !ok || row.disabled_at) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export async function staffById(db: Kysely<Database>, id: string): Promise<Staff | null> {
  const row = await db
    .selectFrom('staff')
    .select(['id', 'email', 'name', 'role'])
    .where('id', '=', id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}
