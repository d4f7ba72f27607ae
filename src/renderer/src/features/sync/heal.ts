import { setAckedSeq } from '../../data/repos/outbox';
import { requeueAllRecords } from '../../data/repos/requeue';
import { writeStatus } from './device';

/**
 * The collector holds this kiosk's changes only up to `lastSeq`, below what it once
 * acknowledged (restored from an older copy, or a lost part of the outbox). When the
 * outbox still holds everything after that point, the next batches simply follow it;
 * otherwise every record this kiosk still holds is queued again so the collector heals.
 * The sync card then says which happened. Returns how many records were queued again.
 */
export async function healGap(lastSeq: number, oldestPending: number | null): Promise<number> {
  const held = oldestPending !== null && oldestPending <= lastSeq + 1;
  const requeued = held ? 0 : await requeueAllRecords();
  await setAckedSeq(lastSeq);
  await writeStatus({ lastHeal: { at: new Date().toISOString(), requeued } });
  return requeued;
}
