import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { phoneEntrySchema, type PhoneEntry } from '../../shared/phone-entry';

/**
 * The phone server's durable journal: one JSON line per entry a phone sent, and one per
 * batch the console acknowledged (written through its data module). Each line is on disk
 * (fdatasync) before the phone hears back, so an entry survives a closed console, a crash
 * or a power cut; at start the unacknowledged ones are drained again. Entry ids come from
 * the phone: a resend of a known id is not journaled twice.
 */
export interface Journal {
  /** Durably appends a new entry; false when the id is already known (a resend). */
  append(entry: PhoneEntry): Promise<boolean>;
  /** Entries not yet acknowledged, oldest first. */
  pending(): PhoneEntry[];
  isAcked(id: string): boolean;
  has(id: string): boolean;
  get(id: string): PhoneEntry | undefined;
  /** Every entry still in the file (for rebuilding one-vote-per-phone after a restart). */
  all(): PhoneEntry[];
  ack(ids: string[]): Promise<void>;
  close(): Promise<void>;
}

type Line = { e: PhoneEntry } | { a: string[] };
const FILE = 'phone-journal.jsonl';

/** Lines as written; a torn last line (power cut mid-write) and foreign lines are skipped. */
function parseLines(text: string): Line[] {
  const out: Line[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      const v = JSON.parse(raw) as { e?: unknown; a?: unknown };
      if (Array.isArray(v.a)) out.push({ a: v.a.filter((x): x is string => typeof x === 'string') });
      else {
        const e = phoneEntrySchema.safeParse(v.e);
        if (e.success) out.push({ e: e.data });
      }
    } catch {
      // torn line: its phone never heard "saved", and will resend
    }
  }
  return out;
}

export async function openJournal(dir: string): Promise<Journal> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, FILE);
  const text = await readFile(path, 'utf8').catch(() => '');
  const entries = new Map<string, PhoneEntry>();
  const acked = new Set<string>();
  for (const l of parseLines(text)) {
    if ('e' in l) entries.set(l.e.body.id, l.e);
    else l.a.forEach((id) => acked.add(id));
  }
  // Rewrite once at start: drops a torn tail so the next append starts on a fresh line.
  const tmp = `${path}.tmp`;
  const rewrite = await open(tmp, 'w');
  const lines = [...entries.values()].map((e) => JSON.stringify({ e }));
  if (acked.size) lines.push(JSON.stringify({ a: [...acked] }));
  await rewrite.writeFile(lines.map((l) => `${l}\n`).join(''));
  await rewrite.sync();
  await rewrite.close();
  await rename(tmp, path);

  const fh: FileHandle = await open(path, 'a');
  let chain: Promise<void> = Promise.resolve();
  // One write at a time, each flushed before the next: lines never interleave.
  const write = (l: Line) => {
    const run = chain.then(async () => {
      await fh.write(`${JSON.stringify(l)}\n`);
      await fh.datasync();
    });
    chain = run.catch(() => undefined);
    return run;
  };

  return {
    async append(entry) {
      if (entries.has(entry.body.id)) return false;
      entries.set(entry.body.id, entry);
      try {
        await write({ e: entry });
      } catch (err) {
        entries.delete(entry.body.id);
        throw err;
      }
      return true;
    },
    pending: () => [...entries.values()].filter((e) => !acked.has(e.body.id)),
    isAcked: (id) => acked.has(id),
    has: (id) => entries.has(id),
    get: (id) => entries.get(id),
    all: () => [...entries.values()],
    async ack(ids) {
      const fresh = ids.filter((id) => entries.has(id) && !acked.has(id));
      if (!fresh.length) return;
      await write({ a: fresh });
      fresh.forEach((id) => acked.add(id));
    },
    async close() {
      await chain;
      await fh.close();
    },
  };
}
