/**
 * The collector's command line (`npm run collector` serves). Staff commands:
 *   serve | enroll-code [--label L] [--ttl-hours N] [--for-kiosk ID] | devices | revoke <deviceId>
 *   import-bundle <file> | screenings [--format table|csv|json] [--out FILE] [--with-contacts]
 *   staff-add --email E --name N --role admin|analyst (password on stdin) | backup <file> | restore <file>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createEnrollmentCode, listDevices, revokeDevice } from './auth/devices';
import { BundleError } from './bundle/open';
import { importBundle } from './bundle/import';
import { lockServing } from './db/serve-lock';
import { backupCommand, configOrExit, lazyDb, restoreCommand } from './service';
import { listScreenings, screeningsCsv, screeningsJson } from './export/screenings';
import { staffAddCommand } from './staff/cli-staff';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    label: { type: 'string', default: 'kiosk' },
    'ttl-hours': { type: 'string', default: '72' },
    'for-kiosk': { type: 'string' },
    format: { type: 'string', default: 'table' },
    out: { type: 'string' },
    'with-contacts': { type: 'boolean', default: false },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
  },
});
const [command, arg] = positionals;
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
  try {
    const s = await importBundle(conn.db, readFileSync(file));
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
  const forKiosk = values['for-kiosk'] ?? null;
  const code = await createEnrollmentCode(conn.db, values.label, Number(values['ttl-hours']), forKiosk);
  const which = forKiosk ? `kiosk ${forKiosk} only` : 'a kiosk new to this collector';
  console.log(`Enrollment code (one use, ${values['ttl-hours']} h, for ${which}): ${code}`);
  return 0;
}

async function screenings(): Promise<void> {
  const fmt = values.format;
  const text =
    fmt === 'csv'
      ? screeningsCsv(await listScreenings(conn.db))
      : fmt === 'json'
        ? JSON.stringify(await screeningsJson(conn.db, values['with-contacts']), null, 2)
        : null;
  if (text === null) return console.table(await listScreenings(conn.db));
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
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
      if (!arg || !(await revokeDevice(conn.db, arg))) return (console.error(`No device ${arg ?? '(none given)'}`), 1);
      console.log(`Device ${arg} revoked: its token no longer works.`);
      return 0;
    case 'import-bundle':
      if (!arg) return (console.error('import-bundle needs a file'), 1);
      return importFile(arg);
    case 'screenings':
      await screenings();
      return 0;
    case 'staff-add':
      return staffAddCommand(conn.db, values);
    case 'backup':
      return backupCommand(config.databaseUrl, arg);
    default:
      console.error(
        'Commands: serve, enroll-code, devices, revoke <id>, import-bundle <file>, screenings, migrate, staff-add, backup <file>, restore <file>',
      );
      return 1;
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
