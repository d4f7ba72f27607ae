import { join } from 'node:path';
import type { PhoneEntry } from '../../shared/phone-entry';
import { openJournal, type Journal } from './journal';
import type { PhoneHub } from './server';
import { createVoiceStore, type VoiceStore } from './voice-store';

/** What phones send, on its way to the console: journaled first, acknowledged by the console. */
export interface PhoneIntake {
  voice: VoiceStore;
  /** Journals one entry and waits a moment for the console's ack ('saved'), else 'queued'. */
  receive: PhoneHub['receive'];
  /** Journaled entries the console has not yet written; survives restarts. */
  pending: () => Promise<PhoneEntry[]>;
  ack: (ids: string[]) => Promise<void>;
  /** The recording of a journaled spoken question not yet acknowledged, or null. */
  audio: (id: string) => Promise<Uint8Array | null>;
  onEntry: (listener: () => void) => () => void;
  close(): Promise<void>;
}

// One "me too" per phone per question, one answer per phone per poll.
const onceKey = (e: PhoneEntry) =>
  e.kind === 'vote'
    ? `v|${e.body.phoneId}|${e.body.questionId}`
    : e.kind === 'pollAnswer'
      ? `p|${e.body.phoneId}|${e.body.pollId}`
      : null;

export function createPhoneIntake(journalDir: string, ackWaitMs = 3000): PhoneIntake {
  let journal: Promise<Journal> | null = null;
  const getJournal = () => (journal ??= openJournal(journalDir));
  const voice = createVoiceStore(join(journalDir, 'voice'));
  const voted = new Set<string>();
  let votesLoaded = false;
  const listeners = new Set<() => void>();
  const waiters = new Map<string, Set<() => void>>();

  async function loadVotes(j: Journal) {
    if (votesLoaded) return;
    for (const e of j.all()) {
      const key = onceKey(e);
      if (key) voted.add(key);
    }
    votesLoaded = true;
  }

  function waitAck(id: string, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiters.get(id)?.delete(done);
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiters.get(id)?.delete(done);
        resolve(false);
      }, ms);
      waiters.set(id, (waiters.get(id) ?? new Set()).add(done));
    });
  }

  return {
    voice,
    async receive(entry) {
      const j = await getJournal();
      await loadVotes(j);
      const id = entry.body.id;
      const key = onceKey(entry);
      if (key && !j.has(id) && voted.has(key)) return 'already';
      if (j.isAcked(id)) {
        // A resend of a recording the console already stored: its second copy is not kept.
        if (entry.kind === 'voice') await voice.forget([id]);
        return 'saved';
      }
      if (await j.append(entry)) {
        if (key) voted.add(key);
        listeners.forEach((l) => l());
      }
      return (await waitAck(id, ackWaitMs)) ? 'saved' : 'queued';
    },
    pending: async () => (await getJournal()).pending(),
    async ack(ids) {
      const j = await getJournal();
      const spoken = ids.filter((id) => j.get(id)?.kind === 'voice');
      await j.ack(ids);
      await voice.forget(spoken);
      for (const id of ids) waiters.get(id)?.forEach((w) => w());
    },
    async audio(id) {
      const j = await getJournal();
      if (!j.has(id) || j.isAcked(id)) return null;
      return voice.read(id);
    },
    onEntry(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (journal) await (await journal).close();
    },
  };
}
