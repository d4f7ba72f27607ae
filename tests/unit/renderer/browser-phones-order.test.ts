import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPhones } from '../../../src/renderer/src/platform/browser-phones';

afterEach(() => vi.unstubAllGlobals());

/** A fetch whose replies the test releases one by one, recording what each call sent. */
function heldFetch() {
  const sent: { op: string; body: unknown; release: () => void }[] = [];
  vi.stubGlobal('fetch', (url: URL, init: RequestInit) => {
    return new Promise<Response>((resolve) => {
      sent.push({
        op: url.pathname.split('/').pop()!,
        body: JSON.parse(init.body as string),
        release: () => resolve(new Response(JSON.stringify({ ok: true, value: undefined }))),
      });
    });
  });
  return sent;
}

const q = (id: string) => ({ id, text: id, votes: 0 });

describe('the browser platform tells the phone server what phones may see', () => {
  it('one call after the other, in the order asked: an older list never lands after a newer one', async () => {
    const sent = heldFetch();
    const phones = createBrowserPhones(new URL('http://127.0.0.1:1/'));
    const first = phones.publish([q('a')]);
    const second = phones.publish([q('a'), q('b')]);
    const poll = phones.publishPoll(null);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    // The second list waits for the first to be answered.
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toHaveLength(1);
    sent[0]!.release();
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    sent[1]!.release();
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    sent[2]!.release();
    expect(await Promise.all([first, second, poll])).toEqual([
      { ok: true, value: undefined },
      { ok: true, value: undefined },
      { ok: true, value: undefined },
    ]);
    expect(sent.map((s) => [s.op, s.body])).toEqual([
      ['publish', [[q('a')]]],
      ['publish', [[q('a'), q('b')]]],
      ['publishPoll', [null]],
    ]);
  });
});
