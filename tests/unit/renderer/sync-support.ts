import { inject } from 'vitest';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { moderate, submitQuestion } from '../../../src/renderer/src/data/repos/questions';
import { submitPledge } from '../../../src/renderer/src/data/repos/pledges';
import { createScreening, setPhase } from '../../../src/renderer/src/data/repos/screenings';
import { enrollKiosk } from '../../../src/renderer/src/features/sync/device';

declare module 'vitest' {
  interface ProvidedContext {
    syncHarness: string;
  }
}

/** The kiosk side's own seeded choices (a Park–Miller generator): same seed, same evening. */
export function seededRandom(seed: number): () => number {
  let x = seed % 2147483647 || 1;
  return () => (x = (x * 48271) % 2147483647) / 2147483647;
}

/** Talks to the harness (tests/support/sync-harness.ts) that runs collectors and fault proxies. */
export async function harness<T>(path: string, body: unknown = {}): Promise<T> {
  const res = await fetch(`${inject('syncHarness')}/${path}`, { method: 'POST', body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`harness ${path}: ${await res.text()}`);
  return (await res.json()) as T;
}

export interface Holdings {
  records: string[];
  blobs: string[];
  devices: { id: string; last_seq: number }[];
}

export const newCollector = () => harness<{ id: string; url: string }>('collectors');
export const enrollmentCode = (id: string) => harness<{ code: string }>(`collectors/${id}/code`).then((r) => r.code);
export const holdings = (id: string) => harness<Holdings>(`collectors/${id}/holdings`);

/** A fresh, empty kiosk database for this test. */
export function freshKiosk(): void {
  setDbForTests(new KioskDB(`sync-test-${newId()}`));
}

/** A fresh kiosk enrolled at a fresh collector. */
export async function enrolledKiosk() {
  freshKiosk();
  const c = await newCollector();
  const device = await enrollKiosk(c.url, await enrollmentCode(c.id), 'Kolda');
  return { c, device };
}

/** What the kiosk holds, in the collector's terms, to compare exactly. */
export async function kioskRecords(): Promise<{ records: string[]; blobs: string[] }> {
  const d = db();
  const records: string[] = [];
  for (const t of ['screenings', 'questions', 'pledges'] as const) {
    for (const r of await d[t].toArray()) records.push(`${t}/${r.id}@${r.rev}`);
  }
  for (const e of await d.events.toArray()) records.push(`events/${e.id}@1`);
  return { records: records.sort(), blobs: (await d.blobs.toCollection().primaryKeys()).sort() };
}

/** Bytes that look like nothing in particular but hash uniquely. */
const recording = (n: number) => new Blob([`OggS recording ${n} ${'ë'.repeat(n % 7)}`], { type: 'audio/ogg' });

/** A slice of an evening: a screening, questions (some spoken), moderation and pledges. */
export async function eveningActivity(n: number, random: () => number): Promise<void> {
  const s = await createScreening({
    place: { town: `Kolda ${n}`, venue: 'Salle des fêtes', region: 'Kolda', country: 'Sénégal' },
    date: '2026-06-06',
    facilitators: ['Awa Ndiaye'],
    panelists: ['Moussa Diop'],
    filmId: 'sample',
  });
  await setPhase(s.id, 'debate');
  for (let i = 0; i < 3; i++) {
    const spoken = random() < 0.4;
    const q = await submitQuestion({
      screeningId: s.id,
      text: spoken ? '' : `Laaj ${n}.${i} ŋ`,
      language: 'wo',
      ...(spoken ? { audio: { data: recording(n * 10 + i), durationSec: 4 } } : {}),
    });
    if (random() < 0.6) await moderate(q.id, 'approve');
  }
  await submitPledge({ screeningId: s.id, kind: 'share_message', text: `Dinaa wax ${n}`, language: 'wo' });
}
