import { request } from 'node:http';

/** Uploads a recording as the phone page does: the file as the body, the ids in the query. */
export async function upload(
  url: string,
  q: { id: string; phoneId: string; language?: string },
  bytes: Uint8Array,
  type = 'audio/mp4',
) {
  const query = new URLSearchParams({ language: 'fr', ...q });
  const res = await fetch(`${url}/api/voice?${query.toString()}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: bytes,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/**
 * Sends `chunks` of 64 KB one after another, announcing `declared` bytes (or none:
 * chunked), and resolves with the answer as soon as it comes, however much was sent.
 */
export function uploadStream(url: string, query: string, chunks: number, declared?: number) {
  return new Promise<{ status: number; body: string; sentBytes: number }>((resolve, reject) => {
    const target = new URL(`${url}/api/voice?${query}`);
    let sent = 0;
    const req = request(target, {
      method: 'POST',
      headers: { 'content-type': 'audio/ogg', ...(declared ? { 'content-length': String(declared) } : {}) },
    });
    req.on('response', (res) => {
      if (process.env.DBG) console.log('RESPONSE', res.statusCode, sent);
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, sentBytes: sent });
        req.destroy();
      });
    });
    req.on('error', (err) => (sent > 0 ? undefined : reject(err)));
    const head = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(64 * 1024 - 4, 1)]);
    let answered = false;
    req.on('response', () => (answered = true));
    const next = (i: number) => {
      if (answered || req.destroyed) return;
      if (i >= chunks) return void req.end();
      sent += head.length;
      if (req.write(head)) setImmediate(() => next(i + 1));
      else req.once('drain', () => next(i + 1));
    };
    next(0);
  });
}
