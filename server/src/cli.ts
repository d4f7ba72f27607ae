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
import { loadConfig } from './config';
import { openDb } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { listScreenings, screeningsCsv, screeningsJson } from './export/screenings';
import { buildApp } from './http/app';

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
const config = loadConfig();
const conn = openDb(config.databaseUrl);

async function serve(): Promise<void> {
  const app = await buildApp({ ...config, db: conn.db, logger: true });
  const close = () => void app.close().then(() => conn.db.destroy());
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
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
  await migrateToLatest(conn);
  switch (command) {
    case 'serve':
      await serve();
      return -1;
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
  }
}

main().then(
  async (code) => {
    if (code < 0) return;
    await conn.db.destroy();
    process.exitCode = code;
  },
  async (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    await conn.db.destroy();
    process.exitCode = 1;
  },
);
