/**
 * The browser platform's side of KioskApi['phones']: the same phone server module main
 * runs (src/main/phones), driven over `POST /__phones/<op>` by the page's bridge
 * (src/renderer/src/platform/browser-phones.ts). Answers this machine only, and checks
 * arguments with the IPC channel schemas.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPhoneAccess, type PhoneAccess } from '../src/main/phones/access';
import { fail, ok, type Result } from '../src/shared/result';
import { argSchemas } from '../src/shared/validate';

/** The JSON arguments of a bridge call (null when they are not JSON). */
function readJson(req: IncomingMessage, then: (args: unknown) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    try {
      then(JSON.parse(Buffer.concat(chunks).toString('utf8') || '[]'));
    } catch {
      then(null);
    }
  });
}

const isLoopback = (a: string | undefined) => a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1';

export interface PhonesControlOptions {
  rendererDir: string;
  /** Where phones are served (Electron's default 5480; tests pick their own). */
  port?: number;
  journalDir?: string;
  requestsPerAddressPerMinute?: number;
}

export function phonesControl(o: PhonesControlOptions) {
  const phones: PhoneAccess = createPhoneAccess({
    journalDir: o.journalDir ?? join(tmpdir(), 'mam-kiosk-phones'),
    rendererDir: o.rendererDir,
    port: o.port ?? 5480,
    requestsPerAddressPerMinute: o.requestsPerAddressPerMinute,
  });
  const ops: Record<string, (args: unknown[]) => Promise<Result<unknown>>> = {
    interfaces: async () => ok(phones.interfaces()),
    start: async (a) => {
      const p = argSchemas.phonesStart.safeParse(a);
      return p.success ? phones.start(...p.data) : fail('invalid_argument');
    },
    rotate: () => phones.rotate(),
    stop: () => phones.stop(),
    state: async () => ok(phones.state()),
    publish: async (a) => {
      const p = argSchemas.phonesPublish.safeParse(a);
      if (!p.success) return fail('invalid_argument');
      phones.publish(p.data[0]);
      return ok(undefined);
    },
    publishPoll: async (a) => {
      const p = argSchemas.phonesPublishPoll.safeParse(a);
      if (!p.success) return fail('invalid_argument');
      phones.publishPoll(p.data[0]);
      return ok(undefined);
    },
    pending: async () => ok(await phones.pending()),
    ack: async (a) => {
      const p = argSchemas.phonesAck.safeParse(a);
      return p.success ? ok(await phones.ack(p.data[0])) : fail('invalid_argument');
    },
  };

  /** Handles `/__phones/*`; false for any other path. */
  function handle(req: IncomingMessage, res: ServerResponse, path: string): boolean {
    if (!path.startsWith('/__phones/')) return false;
    if (!isLoopback(req.socket.remoteAddress)) {
      res.writeHead(403).end();
      return true;
    }
    const op = path.slice('/__phones/'.length);
    if (op === 'events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': phones\n\n');
      const off = phones.onEntry(() => res.write('data: entry\n\n'));
      req.on('close', off);
      return true;
    }
    if (op === 'audio' && req.method === 'POST') {
      readJson(req, (args) => {
        const p = argSchemas.phonesAudio.safeParse(args);
        if (!p.success) return void res.writeHead(400).end();
        void phones.audio(p.data[0]).then((bytes) => {
          if (!bytes) return void res.writeHead(404).end();
          res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(bytes));
        });
      });
      return true;
    }
    const fn = ops[op];
    if (!fn || req.method !== 'POST') {
      res.writeHead(404).end();
      return true;
    }
    readJson(req, (args) => {
      void (Array.isArray(args) ? fn(args) : Promise.resolve(fail('invalid_argument'))).then((r) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(r));
      });
    });
    return true;
  }
  return { handle, close: () => phones.close() };
}
