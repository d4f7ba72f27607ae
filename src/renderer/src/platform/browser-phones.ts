import type { KioskApi } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';

/**
 * Phone access on the browser platform: the page's own server (`npm run preview:web`,
 * scripts/serve-web.ts) runs the same phone server module as Electron's main process and
 * answers these calls on `__phones/…`, from this machine only. A journaled entry is
 * announced by server-sent events.
 */
export function createBrowserPhones(base: URL): KioskApi['phones'] {
  async function call<T>(op: string, ...args: unknown[]): Promise<Result<T>> {
    try {
      const res = await fetch(new URL(`__phones/${op}`, base), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(args),
      });
      if (res.status === 404) return fail('not_available');
      return (await res.json()) as Result<T>;
    } catch {
      return fail('not_available');
    }
  }
  // What phones may see is sent in order, one call after the other: two calls in flight on
  // two connections can land in either order, and an older list of approved questions (or
  // poll) must never replace a newer one. (Electron's IPC keeps the order by itself.)
  let sent: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(op: string, arg: unknown): Promise<Result<T>> => {
    const next = sent.then(() => call<T>(op, arg));
    sent = next;
    return next;
  };
  return {
    interfaces: () => call('interfaces'),
    start: (screeningId, address) => call('start', screeningId, address),
    rotate: () => call('rotate'),
    stop: () => call('stop'),
    state: () => call('state'),
    publish: (questions) => inOrder('publish', questions),
    publishPoll: (poll) => inOrder('publishPoll', poll),
    pending: () => call('pending'),
    ack: (ids) => call('ack', ids),
    // The recording comes as bytes, not JSON: a few megabytes are not worth base64.
    audio: async (id) => {
      try {
        const res = await fetch(new URL('__phones/audio', base), { method: 'POST', body: JSON.stringify([id]) });
        if (!res.ok) return fail(res.status === 400 ? 'invalid_argument' : 'not_found');
        return ok(new Uint8Array(await res.arrayBuffer()));
      } catch {
        return fail('not_available');
      }
    },
    onEntry: (listener) => {
      const source = new EventSource(new URL('__phones/events', base));
      source.onmessage = () => listener();
      return () => source.close();
    },
  };
}
