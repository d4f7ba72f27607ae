import type { RendererFacts } from '@shared/bridge';
import { pendingCount } from '../../data/repos/outbox';
import { readStatus } from '../sync';

/**
 * What the renderer adds to a diagnostics file: counts and states only (how much storage,
 * how many unsent records, which sync error), never a contact or a question's text.
 */
export async function rendererFacts(): Promise<RendererFacts> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  const status = await readStatus().catch(() => null);
  return {
    storage: estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null,
    outbox: await pendingCount().catch(() => 0),
    lastSyncError: status?.lastError?.code ?? null,
    route: location.hash.replace(/^#\/?/, '').slice(0, 64),
  };
}
