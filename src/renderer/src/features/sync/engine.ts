import { audioOf } from '@shared/records/constants';
import {
  ackedSeq,
  blobsByHash,
  markSentThrough,
  pendingCount,
  readBatch,
  toChange,
  type PendingChange,
} from '../../data/repos/outbox';
import { setSetting } from '../../data/repos/settings';
import { backoffDelay } from './backoff';
import { getState, postBatch, putAudio, type ClientOptions, type Credentials } from './client';
import { getDevice, writeStatus } from './device';
import { fitBatch } from './batch';
import { healGap } from './heal';
import { SyncError, type SyncErrorCode } from './sync-error';

export interface EngineOptions extends ClientOptions {
  batchSize?: number;
  /** JSON bytes per request, well under the collector's body limit. */
  maxBatchBytes?: number;
  intervalMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  /** Runs one sync at a time across windows (Web Locks); null when another window holds it. */
  exclusive?: <T>(run: () => Promise<T>) => Promise<T | null>;
  /** After a sync that left nothing unsent (e.g. the retention purge). */
  afterSuccess?: () => Promise<void>;
}

export interface Progress {
  running: boolean;
  sent: number;
  total: number;
  /** When the next automatic attempt is due after a failure (ms since epoch). */
  retryAt: number | null;
}

export type SyncOutcome = { ok: true; sent: number } | { ok: false; code: SyncErrorCode; detail?: string };

/**
 * Sends the outbox to the collector: oldest first, one batch at a time (read, then
 * POST outside any transaction, then mark sent in a new transaction after the ack),
 * single-flight, with exponential backoff and jitter after a failure. Runs on demand,
 * on a timer and when the network comes back. Offline it fails softly: the outbox
 * keeps everything and the status says why.
 */
export class SyncEngine {
  private progress: Progress = { running: false, sent: 0, total: 0, retryAt: null };
  private readonly listeners = new Set<() => void>();
  private flight: Promise<SyncOutcome> | null = null;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private interval: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly opts: EngineOptions = {}) {}

  getProgress = (): Progress => this.progress;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts a sync now, or joins the one already running. */
  syncNow = (): Promise<SyncOutcome> => {
    this.flight ??= this.run().finally(() => (this.flight = null));
    return this.flight;
  };

  /** Network back: retry at once instead of waiting out the backoff. */
  online = (): void => {
    this.failures = 0;
    void this.syncNow();
  };

  start(): void {
    this.interval ??= setInterval(
      () => {
        if (this.retryTimer === null) void this.syncNow();
      },
      this.opts.intervalMs ?? 5 * 60_000,
    );
    void this.syncNow();
  }

  stop(): void {
    if (this.interval !== null) clearInterval(this.interval);
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.interval = this.retryTimer = null;
  }

  private set(next: Partial<Progress>): void {
    this.progress = { ...this.progress, ...next };
    for (const l of this.listeners) l();
  }

  private async run(): Promise<SyncOutcome> {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.set({ running: true, sent: 0, retryAt: null });
    try {
      const exclusive = this.opts.exclusive ?? ((f) => f());
      const sent = await exclusive(() => this.round());
      this.failures = 0;
      if (sent === null) return { ok: true, sent: 0 };
      await writeStatus({ lastSuccessAt: new Date().toISOString(), lastError: null });
      await this.opts.afterSuccess?.();
      return { ok: true, sent };
    } catch (err) {
      return await this.failed(err);
    } finally {
      this.set({ running: false });
    }
  }

  private async failed(err: unknown): Promise<SyncOutcome> {
    const e = err instanceof SyncError ? err : new SyncError('local_error', String(err));
    // Not enrolled yet is a state, not a failure: nothing to retry until staff enroll.
    if (e.code === 'not_enrolled') return { ok: false, code: e.code };
    this.failures += 1;
    const { baseDelayMs = 5_000, maxDelayMs = 10 * 60_000, random = Math.random } = this.opts;
    const delay = backoffDelay(this.failures, baseDelayMs, maxDelayMs, random);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.syncNow();
    }, delay);
    this.set({ retryAt: Date.now() + delay });
    await writeStatus({
      lastError: { code: e.code, at: new Date().toISOString(), ...(e.detail ? { detail: e.detail } : {}) },
    }).catch(() => undefined);
    return { ok: false, code: e.code, ...(e.detail ? { detail: e.detail } : {}) };
  }

  /** Sends every pending change; returns how many were acknowledged. */
  private async round(): Promise<number> {
    const device = await getDevice();
    if (!device) throw new SyncError('not_enrolled');
    let sent = 0;
    let batches = 0;
    let heals = 0;
    this.set({ sent, total: await pendingCount() });
    for (;;) {
      const entries = fitBatch(await readBatch(this.opts.batchSize ?? 1000), this.opts.maxBatchBytes ?? 2_000_000);
      if (entries.length === 0) {
        const behind = sent === 0 ? await this.checkIn(device) : null;
        if (behind === null || heals++ >= 2) return sent;
        await this.heal(behind, null, sent);
        continue;
      }
      let ack;
      try {
        ack = await postBatch(device, entries.map(toChange), new Date().toISOString(), await ackedSeq(), this.opts);
      } catch (err) {
        // Twice in one round would mean the collector keeps losing data: show it rather than loop.
        const gap = err instanceof SyncError && err.code === 'sequence_gap' ? err.lastSeq : undefined;
        if (gap === undefined || heals++ >= 2) throw err;
        await this.heal(gap, entries[0]!.seq, sent);
        continue;
      }
      if (sent === 0) await setSetting('sync.clockOffsetMs', ack.clockOffsetMs);
      await this.uploadAudio(device, entries, ack.missingBlobs);
      await markSentThrough(entries[0]!.seq, entries.at(-1)!.seq);
      sent += entries.length;
      // Recount now and then (changes written meanwhile extend the bar); a count per batch
      // costs more than the batch itself once tens of thousands wait.
      const recount = ++batches % 10 === 0 || sent >= this.progress.total;
      this.set({ sent, total: recount ? sent + (await pendingCount()) : this.progress.total });
    }
  }

  private async heal(lastSeq: number, oldestPending: number | null, sent: number): Promise<void> {
    await healGap(lastSeq, oldestPending);
    this.set({ total: sent + (await pendingCount()) });
  }

  /**
   * Nothing to send: still ask the collector where it stands, so a revoked token or a
   * wrong address shows, and the clock offset (device − collector) reports use stays fresh.
   * Returns the collector's lastSeq when it is behind what it acknowledged, else null.
   */
  private async checkIn(device: Credentials): Promise<number | null> {
    const before = Date.now();
    const state = await getState(device, this.opts);
    const deviceMid = (before + Date.now()) / 2;
    await setSetting('sync.clockOffsetMs', Math.round(deviceMid - Date.parse(state.serverTime)));
    return state.lastSeq < (await ackedSeq()) ? state.lastSeq : null;
  }

  /** Audio the collector asked for, before the batch counts as sent (so a lost upload is asked again). */
  private async uploadAudio(device: Credentials, entries: PendingChange[], missing: string[]): Promise<void> {
    const ours = new Set(entries.flatMap(audioOf));
    for (const blob of await blobsByHash(missing.filter((h) => ours.has(h)))) {
      await putAudio(device, blob.hash, blob.data, this.opts);
    }
  }
}
