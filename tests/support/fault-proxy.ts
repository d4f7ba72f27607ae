import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A small seeded generator (mulberry32): the same seed gives the same faults in the same order. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FAULTS = ['drop_request', 'delay', 'status_500_before', 'status_500_after', 'truncate', 'replay'] as const;
export type Fault = (typeof FAULTS)[number] | 'pass';

interface Captured {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface FaultProxy {
  url: string;
  /** Faults on: each request draws one (or passes) from the seeded generator. */
  setFaults(on: boolean): void;
  stats: Record<Fault, number>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, ko) => {
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => ok(Buffer.concat(parts)));
    req.on('error', ko);
  });
}

/** Sends a captured request upstream; `cut` sends only part of the body and aborts. */
function forward(
  target: URL,
  c: Captured,
  cut = false,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer } | null> {
  return new Promise((ok) => {
    const up = request(new URL(c.path, target), { method: c.method, headers: c.headers }, (res) => {
      void readBody(res).then(
        (body) => ok({ status: res.statusCode ?? 502, headers: res.headers as Record<string, string>, body }),
        () => ok(null),
      );
    });
    up.on('error', () => ok(null));
    if (!cut) return void up.end(c.body);
    up.write(c.body.subarray(0, Math.floor(c.body.length / 2)));
    setTimeout(() => {
      up.destroy();
      ok(null);
    }, 5);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * An HTTP proxy between a kiosk and its collector that, while faults are on, drops
 * connections mid-request, delays, answers 500 (before or after the collector applied
 * the request), truncates responses, and replays requests (at once, and stale ones later).
 */
export async function startFaultProxy(target: string, seed: number, faultRate = 0.6): Promise<FaultProxy> {
  const upstream = new URL(target);
  const random = seeded(seed);
  const history: Captured[] = [];
  const stats = Object.fromEntries([...FAULTS, 'pass'].map((f) => [f, 0])) as Record<Fault, number>;
  let on = false;

  const pick = (): Fault => (on && random() < faultRate ? FAULTS[Math.floor(random() * FAULTS.length)]! : 'pass');

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const headers = { ...(req.headers as Record<string, string>), host: upstream.host, connection: 'close' };
    const c: Captured = { method: req.method ?? 'GET', path: req.url ?? '/', headers, body: await readBody(req) };
    const fault = pick();
    stats[fault] += 1;
    if (fault === 'drop_request') {
      await forward(upstream, c, true);
      return void res.socket?.destroy();
    }
    if (fault === 'status_500_before')
      return void res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream error');
    if (fault === 'delay') await sleep(Math.floor(random() * 400));
    if (fault === 'replay' && history.length > 0)
      void forward(upstream, history[Math.floor(random() * history.length)]!);
    const answer = await forward(upstream, c);
    if (fault === 'replay') await forward(upstream, c);
    history.push(c);
    if (!answer) return void res.socket?.destroy();
    if (fault === 'status_500_after') return void res.writeHead(500).end('<html>proxy error</html>');
    delete answer.headers['content-length'];
    delete answer.headers['transfer-encoding'];
    res.writeHead(answer.status, answer.headers);
    if (fault !== 'truncate') return void res.end(answer.body);
    res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
    setTimeout(() => res.socket?.destroy(), 5);
  }

  const server: Server = createServer((req, res) => void handle(req, res).catch(() => res.socket?.destroy()));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    setFaults: (next) => (on = next),
    stats,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
