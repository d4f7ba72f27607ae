/**
 * Vitest global setup for the kiosk-side sync tests (which run the renderer's real
 * engine and Dexie code, so cannot import Node modules): a small control service that
 * starts real collectors (SQLite files) and fault-injecting proxies on 127.0.0.1, and
 * answers what a collector holds. Tests reach it by `inject('syncHarness')`.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { TestProject } from 'vitest/node';
import { createEnrollmentCode, revokeDevice } from '../../server/src/auth/devices';
import { sqliteUrl, startCollector, type Collector } from '../unit/server/harness';
import { backupCollector, restoreCollector } from './collector-backup';
import { startFaultProxy, type FaultProxy } from './fault-proxy';

declare module 'vitest' {
  interface ProvidedContext {
    syncHarness: string;
  }
}

const collectors = new Map<string, Collector>();
const proxies = new Map<string, FaultProxy>();
let next = 0;

async function json(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

async function holdings(c: Collector) {
  const records = await c.conn.db.selectFrom('records').select(['tbl', 'id', 'rev']).execute();
  const blobs = await c.conn.db.selectFrom('blobs').select('hash').execute();
  const devices = await c.conn.db.selectFrom('devices').select(['id', 'last_seq']).execute();
  return {
    records: records.map((r) => `${r.tbl}/${r.id}@${r.rev}`).sort(),
    blobs: blobs.map((b) => b.hash).sort(),
    devices,
  };
}

async function route(method: string, parts: string[], body: Record<string, unknown>): Promise<unknown> {
  const [kind, id, action] = parts;
  if (kind === 'collectors' && method === 'POST' && !id) {
    const c = await startCollector(sqliteUrl());
    const key = `c${++next}`;
    collectors.set(key, c);
    return { id: key, url: c.url };
  }
  if (kind === 'proxies' && method === 'POST' && !id) {
    const p = await startFaultProxy(String(body.target), Number(body.seed), Number(body.rate ?? 0.6));
    const key = `p${++next}`;
    proxies.set(key, p);
    return { id: key, url: p.url };
  }
  const c = kind === 'collectors' ? collectors.get(id ?? '') : undefined;
  const p = kind === 'proxies' ? proxies.get(id ?? '') : undefined;
  if (c && action === 'code')
    return {
      code: await createEnrollmentCode(
        c.conn.db,
        typeof body.label === 'string' ? body.label : 'test',
        72,
        typeof body.forKiosk === 'string' ? body.forKiosk : null,
      ),
    };
  if (c && action === 'holdings') return holdings(c);
  if (c && action === 'record') {
    const row = await c.conn.db
      .selectFrom('records')
      .select('payload')
      .where('tbl', '=', String(body.table))
      .where('id', '=', String(body.id))
      .executeTakeFirst();
    return row ? (JSON.parse(row.payload) as unknown) : null;
  }
  if (c && action === 'backup') return { file: await backupCollector(c) };
  if (c && action === 'restore') return (collectors.set(id!, await restoreCollector(c, String(body.file))), {});
  if (c && action === 'revoke') return { revoked: await revokeDevice(c.conn.db, String(body.deviceId)) };
  if (c && action === 'stop') return (await c.close(), collectors.delete(id!), {});
  if (p && action === 'faults') return (p.setFaults(Boolean(body.on)), { stats: p.stats });
  if (p && action === 'stop') return (await p.close(), proxies.delete(id!), { stats: p.stats });
  throw new Error(`no route ${method} ${parts.join('/')}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = createServer((req, res) => {
    const parts = (req.url ?? '/').split('/').filter(Boolean);
    json(req)
      .then((body) => route(req.method ?? 'GET', parts, body))
      .then(
        (out) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out)),
        (err: unknown) => res.writeHead(500).end(String(err)),
      );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  project.provide('syncHarness', `http://127.0.0.1:${port}`);
  return async () => {
    for (const p of proxies.values()) await p.close();
    for (const c of collectors.values()) await c.close();
    await new Promise<void>((ok) => server.close(() => ok()));
  };
}
