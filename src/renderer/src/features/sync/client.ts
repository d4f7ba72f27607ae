import type { ZodType } from 'zod';
import type * as Wire from '@shared/sync-protocol';
import type { BatchResponse, Change, EnrollResponse } from '@shared/sync-protocol';
import { classify, SyncError } from './sync-error';

export interface Credentials {
  collectorUrl: string;
  token: string;
}

export interface ClientOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Checks and tidies a collector URL typed by a facilitator; throws `invalid_url`. */
export function normalizeCollectorUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new SyncError('invalid_url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SyncError('invalid_url');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * One request to the collector. Nothing it answers is trusted: a body that does not
 * match its schema (a captive portal, a wrong URL) is `not_collector`. The wire's schemas
 * (and zod) load with the first request, not with the console.
 */
async function send<T>(
  url: string,
  init: RequestInit,
  schemaOf: (wire: typeof Wire) => ZodType<T>,
  opts: ClientOptions,
): Promise<T> {
  const protocol = await import('@shared/sync-protocol');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 30_000);
  let res: Response;
  let text: string;
  try {
    res = await (opts.fetch ?? fetch)(url, { ...init, signal: controller.signal, credentials: 'omit' });
    text = await res.text();
  } catch {
    throw new SyncError(controller.signal.aborted ? 'timeout' : 'unreachable');
  } finally {
    clearTimeout(timer);
  }
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: a proxy page, a cut answer or something that is not a collector.
  }
  if (!res.ok) {
    const body = protocol.errorBodySchema.safeParse(json);
    if (!body.success && res.status < 500) throw new SyncError('not_collector', `HTTP ${res.status}`);
    const detail = body.data?.message ?? `HTTP ${res.status}`;
    throw new SyncError(classify(res.status, body.data?.error), detail, body.data?.lastSeq);
  }
  const parsed = schemaOf(protocol).safeParse(json);
  if (!parsed.success) throw new SyncError('not_collector', 'unexpected answer');
  return parsed.data;
}

const auth = (c: Credentials) => ({ authorization: `Bearer ${c.token}` });

export function enrollAt(
  collectorUrl: string,
  body: { code: string; kioskId: string; label?: string },
  opts: ClientOptions = {},
): Promise<EnrollResponse> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  return send(`${collectorUrl}/v1/enroll`, init, (p) => p.enrollResponseSchema, opts);
}

/** `follows`: the last sequence number the collector acknowledged before these changes. */
export function postBatch(
  c: Credentials,
  changes: Change[],
  deviceTime: string,
  follows: number,
  opts: ClientOptions = {},
) {
  const init = {
    method: 'POST',
    headers: { ...auth(c), 'content-type': 'application/json' },
    body: JSON.stringify({ deviceTime, follows, changes }),
  };
  return send<BatchResponse>(`${c.collectorUrl}/v1/batches`, init, (p) => p.batchResponseSchema, opts);
}

export function putAudio(c: Credentials, hash: string, data: Blob, opts: ClientOptions = {}) {
  const init = {
    method: 'PUT',
    headers: { ...auth(c), 'content-type': data.type || 'application/octet-stream' },
    body: data,
  };
  return send(`${c.collectorUrl}/v1/blobs/${hash}`, init, (p) => p.blobPutResponseSchema, opts);
}

/** Where the collector is for this device (and its clock): checks the token even with nothing to send. */
export function getState(c: Credentials, opts: ClientOptions = {}) {
  return send(`${c.collectorUrl}/v1/state`, { method: 'GET', headers: auth(c) }, (p) => p.stateResponseSchema, opts);
}
