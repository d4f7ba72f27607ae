import type { FastifyInstance } from 'fastify';

/**
 * When the laptop is the hotspot, phones check for "internet" with these well-known
 * URLs; an unanswered probe makes Android and iOS drop the Wi-Fi or show a captive
 * portal sheet instead of the browser. Each gets the answer its OS expects for "online".
 */
const PROBES: { paths: string[]; status: number; type?: string; body?: string }[] = [
  { paths: ['/generate_204', '/gen_204'], status: 204 },
  {
    paths: ['/hotspot-detect.html', '/library/test/success.html'],
    status: 200,
    type: 'text/html',
    body: '<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>',
  },
  { paths: ['/connecttest.txt'], status: 200, type: 'text/plain', body: 'Microsoft Connect Test' },
  { paths: ['/ncsi.txt'], status: 200, type: 'text/plain', body: 'Microsoft NCSI' },
  { paths: ['/success.txt', '/canonical.html'], status: 200, type: 'text/plain', body: 'success\n' },
];

export const PROBE_PATHS = PROBES.flatMap((p) => p.paths);

export function registerProbes(app: FastifyInstance): void {
  for (const p of PROBES)
    for (const path of p.paths)
      app.get(path, { config: { rateLimit: false } }, async (_req, reply) => {
        reply.header('cache-control', 'no-store');
        if (p.type) reply.type(p.type);
        return reply.code(p.status).send(p.body ?? '');
      });
}
