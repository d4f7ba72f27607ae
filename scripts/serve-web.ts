/**
 * Serves the built renderer (out/renderer) and the bundled sample film over HTTP, the
 * way a browser platform sees the kiosk: `npm run preview:web`, and the e2e tests.
 * Uses the same Range-aware file handler as Electron's app protocol.
 */
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { serveFile } from '../src/main/media-handler';
import { CSP } from '../src/main/security';
import { phonesControl } from './phones-control';

export interface WebServerOptions {
  port: number;
  host?: string;
  rendererDir?: string;
  sampleDir?: string;
  /** The phone server's port and journal folder (see scripts/phones-control.ts). */
  phonePort?: number;
  phoneJournalDir?: string;
  /** Only for a load test whose simulated phones share 127.0.0.1. */
  phoneRequestsPerAddress?: number;
}

/**
 * Vite names every file under assets/ by its content's hash, so a browser may keep them for
 * good, and with them V8's compiled code (Electron reads them from disk, its kiosk:// scheme
 * keeping the code cache). The page, the film and everything else are asked for again.
 */
export function cacheControl(path: string, status: number): string {
  const kept = path.startsWith('/assets/') && (status === 200 || status === 206);
  return kept ? 'public, max-age=31536000, immutable' : 'no-store';
}

export function startWebServer(opts: WebServerOptions): Promise<Server> {
  const rendererDir = opts.rendererDir ?? resolve(process.env.KIOSK_OUT ?? 'out/renderer');
  const sampleDir = opts.sampleDir ?? resolve('resources/sample');
  const phones = phonesControl({
    rendererDir,
    port: opts.phonePort,
    journalDir: opts.phoneJournalDir,
    requestsPerAddressPerMinute: opts.phoneRequestsPerAddress,
  });
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (phones.handle(req, res, url.pathname)) return;
      const range = req.headers.range ?? null;
      const path = url.pathname;
      const response = path.startsWith('/media/sample/')
        ? await serveFile(sampleDir, path.slice('/media/sample/'.length), range)
        : await serveFile(rendererDir, path === '/' ? 'index.html' : path, range);
      const headers: Record<string, string> = {
        'Content-Security-Policy': CSP,
        'Cache-Control': cacheControl(path, response.status),
      };
      response.headers.forEach((v, k) => (headers[k] = v));
      res.writeHead(response.status, headers);
      if (response.body && req.method !== 'HEAD') Readable.fromWeb(response.body as never).pipe(res);
      else res.end();
    })().catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });
  server.on('close', () => void phones.close());
  return new Promise((ok) => server.listen(opts.port, opts.host ?? '127.0.0.1', () => ok(server)));
}
