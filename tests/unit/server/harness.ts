import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createEnrollmentCode } from '../../../server/src/auth/devices';
import { openDb, type CollectorDb } from '../../../server/src/db/connect';
import { migrateToLatest } from '../../../server/src/db/migrate';
import { buildApp, type AppOptions } from '../../../server/src/http/app';
import { DEFAULT_ORIGINS } from '../../../server/src/http/origins';
import type { EnrollResponse } from '../../../src/shared/sync-protocol';

export type Kind = 'sqlite' | 'postgres';

export interface Collector {
  conn: CollectorDb;
  app: FastifyInstance;
  url: string;
  dbUrl: string;
  /** Stops the service and closes the database; safe to call twice. */
  close(): Promise<void>;
}

/** Settings a test may change; the rest are a real collector's, with generous rate limits. */
export type CollectorSettings = Partial<Omit<AppOptions, 'db'>>;

/** A real collector on 127.0.0.1 over a real database (SQLite file or a PostgreSQL database). */
export async function startCollector(
  dbUrl: string,
  requestsPerMinute = 10_000,
  port = 0,
  settings: CollectorSettings = {},
): Promise<Collector> {
  const conn = openDb(dbUrl);
  await migrateToLatest(conn);
  const app = await buildApp({
    db: conn.db,
    allowedOrigins: DEFAULT_ORIGINS,
    requestsPerMinute,
    enrollPerMinute: 1000,
    ...settings,
  });
  const url = await app.listen({ host: '127.0.0.1', port });
  let closing: Promise<void> | null = null;
  return {
    conn,
    app,
    url,
    dbUrl,
    close: () => (closing ??= app.close().then(() => conn.db.destroy())),
  };
}

export const sqliteUrl = (): string => join(mkdtempSync(join(tmpdir(), 'collector-')), 'c.sqlite');

/** A fresh PostgreSQL database in the test cluster, so suites never see each other's rows. */
export async function freshPgDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = openDb(adminUrl);
  await sql.raw(`CREATE DATABASE ${name}`).execute(admin.db);
  await admin.db.destroy();
  return adminUrl.replace(/\/[^/]+$/, `/${name}`);
}

export async function enrollDevice(
  c: Collector,
  kioskId: string,
  forKiosk: string | null = null,
): Promise<EnrollResponse> {
  const code = await createEnrollmentCode(c.conn.db, `kiosk ${kioskId}`, 72, forKiosk);
  const res = await fetch(`${c.url}/v1/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, kioskId }),
  });
  if (res.status !== 201) throw new Error(`enroll: ${res.status} ${await res.text()}`);
  return (await res.json()) as EnrollResponse;
}

export async function call(c: Collector, method: string, path: string, token: string | null, body?: unknown) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${c.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { raw: text };
  }
  return { status: res.status, body: json };
}

/** What the collector holds, as (table, id, rev) triples sorted, for exact comparisons. */
export async function storedRecords(c: Collector): Promise<string[]> {
  const rows = await c.conn.db.selectFrom('records').select(['tbl', 'id', 'rev']).execute();
  return rows.map((r) => `${r.tbl}/${r.id}@${r.rev}`).sort();
}
