/**
 * Moderation at 2,000 questions: the queue's search and topic filter, the duplicate
 * suggestions, the word filter, and a merge with its undo, through the data module's
 * own functions. Runs in Node on fake-indexeddb (the vitest setup's IndexedDB), which is
 * slower than Chromium's: a ceiling, not the kiosk's figure. Each line has its baseline
 * from the same run (the same rows filtered in memory, or the same table read raw).
 * Printed, never asserted: these machines are noisy.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { matchesTerms, searchTerms } from '@shared/text-fold';
import { flaggedSpans, STARTING_FILTER } from '@shared/word-filter';
import { db, KioskDB, setDbForTests } from '../src/renderer/src/data/db';
import { askedCounts, likelyDuplicates, mergeQuestions, unmergeQuestions } from '../src/renderer/src/data/repos/merges';
import { queuePage, type QueueQuery } from '../src/renderer/src/data/repos/queue-search';
import type { Question } from '../src/renderer/src/data/types';

const N = Number(process.env.BENCH_QUESTIONS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SID = 'S-BENCH';
const TEXTS = [
  'Comment avoir des papiers pour partir ?',
  'Naka lañuy am kayit ?',
  'Combien coûte la traversée vers l’Espagne ?',
  'Quel travail ici, au pays, pour les jeunes ?',
  'Ñaata la liggéey bi di jënd ?',
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}
function row(label: string, xs: number[], base?: number[]) {
  const ratio = base ? `  ×${(median(xs) / Math.max(0.001, median(base))).toFixed(1)} to baseline` : '';
  const max = Math.max(...xs);
  console.log(
    `  ${label.padEnd(44)} median ${median(xs).toFixed(1).padStart(7)} ms  max ${max.toFixed(1).padStart(7)} ms${ratio}`,
  );
}

function seedRow(i: number): Question {
  const at = new Date(Date.UTC(2026, 11, 1, 19, 0, i)).toISOString();
  return {
    id: `01JQ${String(i).padStart(22, '0')}`,
    rev: 1,
    createdAt: at,
    updatedAt: at,
    screeningId: SID,
    text: `${TEXTS[i % TEXTS.length]} (${i})${i % 97 === 0 ? ' connard' : ''}`,
    language: i % 2 ? 'wo' : 'fr',
    status: 'pending',
    statusAt: { pending: at },
    ...(i % 4 === 0 ? { topics: ['papers_legal'] } : {}),
  };
}

async function main() {
  setDbForTests(new KioskDB(`bench-moderation-${Date.now()}`));
  const rows = Array.from({ length: N }, (_, i) => seedRow(i));
  await db().questions.bulkAdd(rows);
  const q: QueueQuery = { status: 'pending', search: '', order: 'oldest', topic: null, topicIds: [], limit: 50 };
  const raw = await time(() => db().questions.where('[screeningId+status]').equals([SID, 'pending']).toArray());
  const inMemory = await time(() => rows.filter((r) => matchesTerms(r.text, searchTerms('kayit'))));
  console.log(`\nModeration, ${N} pending questions, ${RUNS} runs each (fake-indexeddb in Node)`);
  row('baseline: read the status raw', raw);
  row('baseline: search the rows in memory', inMemory);
  row('queue search "kayit" (page of 50 + count)', await time(() => queuePage(SID, { ...q, search: 'kayit' })), raw);
  row('queue search "ÉSPAGNE traversée"', await time(() => queuePage(SID, { ...q, search: 'ÉSPAGNE traversée' })), raw);
  row('queue filter by topic', await time(() => queuePage(SID, { ...q, topic: 'papers_legal' })), raw);
  row('likely duplicates of every waiting question', await time(() => likelyDuplicates(SID)), raw);
  row(
    'word filter over every text',
    await time(() => rows.map((r) => flaggedSpans(r.text, STARTING_FILTER))),
    inMemory,
  );
  row('asked counts of a page of 50', await time(() => askedCounts(rows.slice(0, 50).map((r) => r.id))));
  const merges: number[] = [];
  const undos: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const group = rows.slice(100 + i * 11, 111 + i * 11).map((r) => r.id);
    let t = performance.now();
    await mergeQuestions(group[0]!, group.slice(1), { reason: 'bench' });
    merges.push(performance.now() - t);
    t = performance.now();
    await unmergeQuestions(group[0]!);
    undos.push(performance.now() - t);
  }
  row('merge 10 into 1 (synced, audited)', merges, raw);
  row('undo that merge', undos, raw);
}

void main();
