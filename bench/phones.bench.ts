/**
 * 200 attendees' phones through a debate compressed to BENCH_PHONE_SECONDS (default 60 s
 * for the hour): each phone asks once, says "me too" on up to three of the 20 approved
 * questions, and one phone in ten loses its Wi-Fi mid-send (the request is cut) and
 * resends the same entry. The console (Chromium, the browser platform, the real phone
 * server module behind it) drains and writes everything. Reported, never asserted:
 * entries lost and duplicated (must be 0), send → "saved" (the console's commit) p50/p95,
 * and the console's frame times while it happens.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../playwright.config';
import type { PhoneEntry } from '../src/shared/phone-entry';
import { startWebServer } from '../scripts/serve-web';
import { readStore } from '../tests/e2e/support/db-rows';
import { debateTonight } from '../tests/e2e/support/debate-rows';
import { seedRows } from '../tests/e2e/support/seed-db';
import { benchContext, SCREENS_ARGS } from './bench-browser';

const PHONES = 200;
const SECONDS = Number(process.env.BENCH_PHONE_SECONDS ?? 60);
const PORT = Number(process.env.BENCH_PORT ?? 5437);
const PHONE_PORT = PORT + 1;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? NaN;
const answeredQuestions = (o: Map<string, number>) => (o.get('saved') ?? 0) + (o.get('queued') ?? 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(url: string, body: object, cut = false): Promise<string> {
  const ctl = new AbortController();
  if (cut) setTimeout(() => ctl.abort(), 1); // the Wi-Fi drops while the request is in flight
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: ctl.signal,
    });
    return ((await res.json()) as { status?: string; error?: string }).status ?? `error ${res.status}`;
  } catch {
    return 'cut';
  }
}

async function phone(n: number, base: string, approved: string[], latencies: number[], outcomes: Map<string, number>) {
  const phoneId = `benchphone${String(n).padStart(12, '0')}`;
  await sleep(Math.random() * SECONDS * 1000);
  const id = `PB${String(n).padStart(8, '0')}`;
  const body = { id, phoneId, text: `Question du téléphone ${n} : ŋ ë <b>?</b>`, language: n % 2 ? 'fr' : 'wo' };
  const t0 = performance.now();
  let status = await post(`${base}/api/questions`, body, n % 10 === 0);
  if (status === 'cut') status = await post(`${base}/api/questions`, body); // the resend, same id
  if (status === 'saved') latencies.push(performance.now() - t0);
  outcomes.set(status, (outcomes.get(status) ?? 0) + 1);
  const picks = approved.filter((_, i) => (i + n) % 7 === 0).slice(0, 3);
  let accepted = 0;
  for (const questionId of picks) {
    const v = await post(`${base}/api/votes`, { id: `VB${n}x${questionId.slice(-4)}`, phoneId, questionId });
    if (v === 'saved' || v === 'queued') accepted += 1;
    else outcomes.set(`vote ${v}`, (outcomes.get(`vote ${v}`) ?? 0) + 1);
  }
  return accepted;
}

/** What the laptop's journal holds: every entry a phone was answered for is in it. */
function journaled(dir: string) {
  const questions = new Set<string>();
  const votes = new Set<string>();
  for (const line of readFileSync(join(dir, 'phone-journal.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const e = (JSON.parse(line) as { e?: PhoneEntry }).e;
    if (e?.kind === 'question') questions.add(e.body.text);
    if (e?.kind === 'vote') votes.add(`${e.body.questionId}|${e.body.phoneId}`);
  }
  return { questions, votes };
}

async function main() {
  const journalDir = mkdtempSync(join(tmpdir(), 'bench-phones-'));
  const server = await startWebServer({
    port: PORT,
    phonePort: PHONE_PORT,
    phoneJournalDir: journalDir,
    // On the hotspot each phone has its own address; here all 200 share 127.0.0.1.
    phoneRequestsPerAddress: 100_000,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: SCREENS_ARGS });
  try {
    const context = await benchContext(browser, PORT);
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto('#/console');
    const rows = debateTonight(20);
    rows.questions = rows.questions.map((q) => ({
      ...q,
      status: 'approved',
      statusAt: { ...q.statusAt, approved: q.createdAt },
    }));
    await seedRows(page, rows);
    await page.goto('#/console/debate');
    const card = page.getByRole('region', { name: 'Téléphones du public' });
    await card.getByLabel('Réseau où les téléphones se connectent').selectOption({ label: '127.0.0.1 (lo)' });
    await card.getByLabel('Laisser les téléphones participer').click();
    const base = `http://${await card.getByTestId('phone-address').textContent()}`;
    const approved = rows.questions.map((q) => q.id);
    await page.evaluate(() => {
      const w = window as unknown as { frames_: number[] };
      w.frames_ = [];
      let last = performance.now();
      const tick = (t: number) => {
        w.frames_.push(t - last);
        last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const latencies: number[] = [];
    const outcomes = new Map<string, number>();
    const votes = (
      await Promise.all(Array.from({ length: PHONES }, (_, n) => phone(n, base, approved, latencies, outcomes)))
    ).reduce((a, b) => a + b, 0);
    const frames = await page.evaluate(() => (window as unknown as { frames_: number[] }).frames_);
    // Let the console drain what was only journaled ("queued").
    for (let i = 0; i < 60; i++) {
      const q = (await readStore(page, 'questions')).filter((r) => r.source === 'phone').length;
      if (q >= PHONES && (await readStore(page, 'votes')).length >= votes) break;
      await sleep(1000);
    }
    const stored = (await readStore(page, 'questions')).filter((q) => q.source === 'phone');
    const storedVotes = await readStore(page, 'votes');
    const uniqueTexts = new Set(stored.map((q) => q.text));
    const votePairs = new Set(storedVotes.map((v) => `${v.questionId}|${v.voter}`));
    // Lost: journaled (the phone was answered) but never in the console's database, or
    // answered "saved"/"queued" and not even journaled.
    const journal = journaled(journalDir);
    const lostQuestions = [...journal.questions].filter((t) => !uniqueTexts.has(t)).length;
    const lostVotes = [...journal.votes].filter((k) => !votePairs.has(k)).length;
    console.table({
      phones: { value: PHONES },
      'questions journaled': { value: journal.questions.size },
      'questions lost (journaled, not in the DB)': { value: lostQuestions },
      'questions answered but not journaled': {
        value: Math.max(0, answeredQuestions(outcomes) - journal.questions.size),
      },
      'questions duplicated': { value: stored.length - uniqueTexts.size },
      'votes journaled': { value: journal.votes.size },
      'votes lost (journaled, not in the DB)': { value: lostVotes },
      'votes answered but not journaled': { value: Math.max(0, votes - journal.votes.size) },
      'votes duplicated': { value: storedVotes.length - votePairs.size },
      'send → saved p50 ms': { value: Math.round(pct(latencies, 0.5)) },
      'send → saved p95 ms': { value: Math.round(pct(latencies, 0.95)) },
      'answered saved / queued / other': {
        value: `${outcomes.get('saved') ?? 0} / ${outcomes.get('queued') ?? 0} / ${
          [...outcomes]
            .filter(([k]) => k !== 'saved' && k !== 'queued')
            .map(([k, v]) => `${k}:${v}`)
            .join(' ') || 0
        }`,
      },
      'console frame p50 ms': { value: pct(frames, 0.5).toFixed(1) },
      'console frame p95 ms': { value: pct(frames, 0.95).toFixed(1) },
      'console frames > 50 ms': { value: frames.filter((f) => f > 50).length },
    });
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
