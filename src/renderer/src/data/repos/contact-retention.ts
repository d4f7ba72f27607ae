import { db } from '../db';
import type { Pledge } from '../types';

/**
 * Erases, on this kiosk only, the contact details (name, phone) of pledges older than
 * `days`, once the collector has acknowledged their latest revision (no outbox entry
 * left for them). No outbox entry is written: the collector keeps what it received,
 * and a later change of the pledge carries `contactPurgedAt` so it keeps it then too.
 * Offline it does nothing harmful: unsent pledges are never touched. Returns how many.
 */
export async function purgeExpiredContacts(days: number, now = new Date()): Promise<number> {
  if (!Number.isFinite(days) || days <= 0) return 0;
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const d = db();
  return d.transaction('rw', d.pledges, d.outbox, async () => {
    const unsent = new Set((await d.outbox.where('table').equals('pledges').toArray()).map((e) => e.recordId));
    const old = await d.pledges.filter((p) => !!p.contact && p.createdAt < cutoff && !unsent.has(p.id)).toArray();
    for (const p of old) {
      const { contact: _erased, ...rest } = p;
      await d.pledges.put({ ...rest, contactPurgedAt: now.toISOString() } satisfies Pledge);
    }
    return old.length;
  });
}
