/**
 * The collector's command line (`npm run collector` serves). The commands and their
 * options are listed in cli-args.ts (`collector --help`); the arguments are read and
 * checked before the database is opened, so a typo costs nothing and says what was wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCli, type Values } from './cli-args';
import { createEnrollmentCode, listDevices, revokeDevice } from './auth/devices';
import { BundleError } from './bundle/open';
import { importBundle } from './bundle/import';
import { lockServing } from './db/serve-lock';
import { backupCommand, configOrExit, lazyDb, restoreCommand } from './service';
import { listScreenings, screeningsCsv, screeningsJson } from './export/screenings';
import { staffAddCommand } from './staff/cli-staff';

const parsed = parseCli(process.argv.slice(2));
if (parsed.kind === 'help') {
  console.log(parsed.text);
  process.exit(0);
}
if (parsed.kind === 'error') {
  console.error(`${parsed.message}\n\n${parsed.usage}`);
  process.exit(1);
}
const { command, values } = parsed;
const arg = parsed.args[0];
const text = (v: Values[string]) => (typeof v === 'string' ? v : '');
const config = configOrExit();
const conn = lazyDb(config.databaseUrl);

/** Serves until SIGINT/SIGTERM, then finishes the requests in flight before closing the database. */
async function serve(): Promise<void> {
  const lock = lockServing(config.databaseUrl);
  if (typeof lock === 'string') return (console.error(lock), process.exit(2));
  await conn.ready();
  // Loaded for `serve` only: the other commands start quicker without the dashboard and its exports.
  const { buildApp } = await import('./http/app');
  const app = await buildApp({ ...config, db: conn.db, logger: true });
  const close = (signal: string) => {
    app.log.info({ signal }, 'stopping: finishing requests in flight');
    setTimeout(() => process.exit(1), 15_000).unref();
    void app.close().then(() => (lock.release(), conn.close()));
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ host: config.host, port: config.port });
}

async function importFile(file: string): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return (console.error(`Cannot read the file "${file}".\nNothing was imported.`), 1);
  }
  try {
    const s = await importBundle(conn.db, bytes);
    console.log(
      `Imported bundle from device ${s.deviceId} (made ${s.createdAt}): ${s.changes} changes, ` +
        `${s.applied} records new or updated, audio ${s.audioStored} stored / ${s.audioAlready} already here.`,
    );
    if (s.applied === 0 && s.audioStored === 0) console.log('Nothing new: this bundle was already imported.');
    return 0;
  } catch (err) {
    if (!(err instanceof BundleError)) throw err;
    console.error(`REFUSED (${err.code}): ${err.message}\nNothing was imported.`);
    return 2;
  }
}

/** A code for a new kiosk, or with --for-kiosk for one already enrolled here (to enroll it again). */
async function enrollCode(): Promise<number> {
  const forKiosk = text(values['for-kiosk']) || null;
  const hours = Number(values['ttl-hours']);
  const code = await createEnrollmentCode(conn.db, text(values.label), hours, forKiosk);
  const which = forKiosk ? `kiosk ${forKiosk} only` : 'a kiosk new to this collector';
  console.log(`Enrollment code (one use, ${hours} h, for ${which}): ${code}`);
  return 0;
}

async function screenings(): Promise<void> {
  const fmt = values.format;
  const out =
    fmt === 'csv'
      ? screeningsCsv(await listScreenings(conn.db))
      : fmt === 'json'
        ? JSON.stringify(await screeningsJson(conn.db, values['with-contacts'] === true), null, 2)
        : null;
  if (out === null) return console.table(await listScreenings(conn.db));
  if (values.out) writeFileSync(text(values.out), out);
  else process.stdout.write(out);
}

async function main(): Promise<number> {
  if (command === 'restore') return restoreCommand(config.databaseUrl, arg);
  if (command === 'serve') return serve().then(() => -1);
  await conn.ready();
  switch (command) {
    case 'migrate':
      console.log('Database is at the latest schema.');
      return 0;
    case 'enroll-code':
      return enrollCode();
    case 'devices':
      console.table(await listDevices(conn.db));
      return 0;
    case 'revoke':
      if (!arg || !(await revokeDevice(conn.db, arg))) return (console.error(`No device ${arg}.`), 1);
      console.log(`Device ${arg} revoked: its token no longer works.`);
      return 0;
    case 'import-bundle':
      return importFile(arg!);
    case 'screenings':
      await screenings();
      return 0;
    case 'staff-add':
      return staffAddCommand(conn.db, {
        email: text(values.email) || undefined,
        name: text(values.name) || undefined,
        role: text(values.role) || undefined,
      });
    case 'backup':
      return backupCommand(config.databaseUrl, arg);
  }
}

main().then(
  async (code) => {
    if (code < 0) return;
    await conn.close();
    process.exitCode = code;
  },
  async (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    await conn.close();
    process.exitCode = 1;
  },
);
