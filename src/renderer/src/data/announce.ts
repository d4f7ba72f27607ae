import { Dexie, type DBCore, type Middleware, type ObservabilitySet } from 'dexie';

/**
 * Tells the other windows (kiosk, console, stage) what a read-write transaction changed
 * as soon as it commits, before this window re-reads its own live queries.
 *
 * Dexie does tell them, but last: on commit its cache first re-runs this window's
 * affected queries, then `storagemutated` runs its listeners newest first (every live
 * query of this window), and only then the oldest one, which posts to the other windows.
 * A kiosk's question reached the console after the kiosk had re-read its own screen.
 *
 * This relies on Dexie's internals (pinned 4.4.7, dist/dexie.mjs): the channel
 * `x-storagemutated-1`, the message (the transaction's `mutatedParts`, kept on the
 * IDBTransaction by its observability middleware), and `storagemutated`'s chain, which
 * stops at a listener returning false. Check them when Dexie is upgraded.
 */
const CHANNEL = 'x-storagemutated-1';

/** The parts this window announced itself: Dexie's own post of them is skipped (once each). */
const announced = new WeakSet<object>();

/** As much of a BroadcastChannel and of an IDBTransaction as used here (the node project has no DOM types). */
type Channel = { postMessage(message: unknown): void; close(): void; unref?: () => void };
type Page = { addEventListener?(type: 'pagehide', listener: (e: { persisted: boolean }) => void): void };
type Committing = { addEventListener(type: 'complete', listener: () => void): void; mutatedParts?: ObservabilitySet };

let channel: Channel | null = null;
const post = (parts: ObservabilitySet) => {
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    // Node (the unit tests) would otherwise wait for it before exiting, as Dexie's does not.
    channel.unref?.();
  }
  channel.postMessage(parts);
};
// Closed when the page goes into the back-forward cache, as Dexie closes its own; opened
// again by the next post.
(globalThis as Page).addEventListener?.('pagehide', (e) => {
  if (!e.persisted) return;
  channel?.close();
  channel = null;
});

// Subscribed at import, before any live query: the chain reaches it after every live query
// of this window and just before Dexie's own post (and its same-window DOM event, for other
// copies of Dexie in one window: this app bundles one), which it skips for parts already sent.
// A second post would make the other windows start their queries over, throwing away a
// read already half done.
Dexie.on('storagemutated', (parts: ObservabilitySet) => (announced.delete(parts) ? false : undefined));

/**
 * A DBCore middleware below Dexie's own (level −2): its `complete` listener is the first
 * one on the transaction, ahead of Dexie's cache. Only committed transactions announce
 * (an aborted one fires `abort`, not `complete`); those that wrote nothing have no parts.
 */
export function announce(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'announce',
    level: -2,
    create: (down) => ({
      transaction: (names, mode, options) => {
        const trans = down.transaction(names, mode, options);
        if (mode === 'readwrite') {
          const idb = trans as unknown as Committing;
          idb.addEventListener('complete', () => {
            const parts = idb.mutatedParts;
            if (!parts) return;
            post(parts);
            announced.add(parts);
          });
        }
        return trans;
      },
    }),
  };
}
