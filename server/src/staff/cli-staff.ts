import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { addStaff, MIN_PASSWORD } from './accounts';

const REFUSED = {
  bad_email: 'Give a valid --email.',
  bad_role: 'Give --role admin or --role analyst.',
  short_password: `The password must have at least ${MIN_PASSWORD} characters.`,
  exists: 'An account with this email already exists.',
} as const;

/** The password is read from standard input (one line), never from the command line where `ps` shows it. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (it will be shown as you type; prefer piping it in): ');
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** `staff-add --email E --name N --role admin|analyst` (password on stdin): the first admin, or any account. */
export async function staffAddCommand(
  db: Kysely<Database>,
  values: { email?: string; name?: string; role?: string },
): Promise<number> {
  const got = await addStaff(db, {
    email: values.email ?? '',
    name: values.name ?? '',
    role: values.role ?? 'analyst',
    password: await readPassword(),
  });
  if (typeof got === 'string') return (console.error(`REFUSED: ${REFUSED[got]} No account was made.`), 2);
  console.log(`Staff account ${got.email} (${got.role}) created: sign in at the collector's /staff page.`);
  return 0;
}
