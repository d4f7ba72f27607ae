/**
 * Only the newest revision of each record matters (the collector keeps no other): of
 * several changes to one record, the one with the highest `rev` is kept; of equal ones,
 * the later. Used by the collector on each batch and by the kiosk for a USB bundle.
 */
export function newestPerRecord<C extends { table: string; recordId: string; rev: number }>(changes: Iterable<C>): C[] {
  const newest = new Map<string, C>();
  for (const c of changes) {
    const key = `${c.table}\u0000${c.recordId}`;
    const seen = newest.get(key);
    if (!seen || seen.rev <= c.rev) newest.set(key, c);
  }
  return [...newest.values()];
}
