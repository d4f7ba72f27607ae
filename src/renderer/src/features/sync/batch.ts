import type { PendingChange } from '../../data/repos/outbox';

/** Keeps a batch under the byte budget (at least one change, whatever its size). */
export function fitBatch(entries: PendingChange[], maxBytes: number): PendingChange[] {
  let bytes = 0;
  const out: PendingChange[] = [];
  for (const e of entries) {
    bytes += JSON.stringify(e.payload).length + 120;
    if (out.length > 0 && bytes > maxBytes) break;
    out.push(e);
  }
  return out;
}
