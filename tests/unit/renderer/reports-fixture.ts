/**
 * A screening as the kiosk would store it, written through the data module's own
 * write functions (insertSynced / updateSynced / appendEvent) at controlled times.
 * The evening itself is defined once, as data, in tests/support/evening.json.
 * Shared by the reports*.test.ts files and closing-attendance.test.ts.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { vi } from 'vitest';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { createScreening, setPhase } from '../../../src/renderer/src/data/repos/screenings';
import type {
  ContentLang,
  EventType,
  Phase,
  Pledge,
  PledgeKind,
  Question,
  QuestionStatus,
  Screening,
} from '../../../src/renderer/src/data/types';
import { appendEvent, insertSynced, syncedWriteTables, updateSynced } from '../../../src/renderer/src/data/write';
import type { ReportText } from '../../../src/renderer/src/features/reports/model/text';
import type { Lang } from '../../../src/renderer/src/i18n/languages';
import { loadFormats } from '../../../src/renderer/src/i18n/format';
import EVENING from '../../support/evening.json';

const T0 = Date.parse(EVENING.t0);
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();

/** Moves the device clock (Date only: IndexedDB's own timers keep running). */
export const clock = (min: number) => vi.setSystemTime(T0 + min * 60_000);

export function freshDb(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  clock(0);
  setDbForTests(new KioskDB(`reports-test-${newId()}`));
}

// The Wolof date data is loaded with the language (i18n/index.ts), as the reports section does.
await loadFormats('wo');

export function reportText(lang: Lang): ReportText {
  const res = (l: string, ns = 'reports') =>
    JSON.parse(readFileSync(`locales/${l}/${ns}.json`, 'utf8')) as Record<string, unknown>;
  const i18n = i18next.createInstance();
  void i18n.init({
    // common too: built-in topics are named there.
    resources: {
      fr: { reports: res('fr'), common: res('fr', 'common') },
      wo: { reports: res('wo'), common: res('wo', 'common') },
    },
    lng: lang,
    initAsync: false,
  });
  const t = i18n.getFixedT(lang, 'reports');
  return { lang, t: (key, options) => t(key, options ?? {}) };
}

/** Texts a CSV or spreadsheet must carry unchanged (and formula-looking ones it must defuse). */
export const NASTY = [
  'Pourquoi partir, si la famille « compte » sur nous ?',
  'Il a dit "reste", puis ""partir"" — et après ?',
  'Première ligne\nseconde ligne\r\ntroisième',
  'Ñaata xaalis la yoon wi di laaj ? Ŋ ŋ ë é ó à ã',
  'Jërëjëf 🙏🏾 👩🏿‍👧🏿 🇸🇳',
  '=HYPERLINK("http://x","clic")',
  '+221 77 000 00 00',
  '-2+3',
  '@SUM(A1:A2)',
  '\tcaché',
];

export interface QuestionSeed {
  text: string;
  language: ContentLang;
  status: QuestionStatus;
  spoken?: boolean;
  askedMin: number;
  askerName?: string;
}

export async function addQuestion(screeningId: string, q: QuestionSeed): Promise<Question> {
  return insertSynced('questions', {
    id: newId(),
    screeningId,
    text: q.text.normalize('NFC'),
    ...(q.spoken && { audioHash: 'a'.repeat(64), audioDurationSec: 12 }),
    language: q.language,
    ...(q.askerName && { askerName: q.askerName }),
    status: q.status,
    statusAt: statusTimes(q.status, q.askedMin),
  });
}

/** When each status was reached: the evening's status path, one minute per step. */
function statusTimes(status: QuestionStatus, askedMin: number): Question['statusAt'] {
  const times: Question['statusAt'] = { pending: at(askedMin) };
  EVENING.statusPath[status].forEach((s, i) => (times[s as QuestionStatus] = at(askedMin + 1 + i)));
  return times;
}

async function addPledge(screeningId: string, p: (typeof EVENING.pledges)[number]): Promise<Pledge> {
  const { consentAtMin, ...contact } = EVENING.contact;
  return insertSynced('pledges', {
    id: newId(),
    screeningId,
    kind: p.kind as PledgeKind,
    text: p.text,
    language: 'wo',
    ...(p.contact && { firstName: p.contact, contact: { name: p.contact, ...contact, consentAt: at(consentAtMin) } }),
    followUp: p.contact ? 'to_contact' : 'none',
  });
}

/**
 * The shared evening (tests/support/evening.json) played through the repos at its times,
 * with the NASTY texts as its questions, asked from minute 56 every 4 minutes.
 */
export async function seedEvening(date = '2026-03-14', town = 'Kaolack'): Promise<Screening> {
  clock(0);
  const { venue, region, country, ...people } = EVENING.setup;
  const s = await createScreening({ place: { town, venue, region, country }, date, ...people });
  let closed = s;
  for (const step of EVENING.steps) {
    clock(step.min);
    if (!step.phase) await appendEvent(s.id, step.event as EventType, step.data as never);
    else closed = await setPhase(s.id, step.phase as Phase);
    if (step.phase === 'debate') await askNasty(s.id);
    if (step.phase === 'pledges') {
      for (const p of EVENING.pledges) await addPledge(s.id, p);
      const { attendance, notes } = EVENING;
      await updateSynced('screenings', s.id, (x) => ({ ...x, attendance, notes }));
    }
  }
  return closed;
}

async function askNasty(screeningId: string): Promise<void> {
  const statuses: QuestionStatus[] = ['answered', 'on_stage', 'approved', 'pending', 'dismissed'];
  const langs: ContentLang[] = ['fr', 'wo', 'other'];
  for (const [i, text] of NASTY.entries())
    await addQuestion(screeningId, {
      text,
      language: langs[i % 3]!,
      status: statuses[i % 5]!,
      spoken: i % 4 === 0,
      askedMin: 56 + i * 4,
      askerName: i === 0 ? 'Fatou' : undefined,
    });
}

/** A screening with `n` questions in one transaction (the 5,000-question case). */
export async function seedMany(n: number): Promise<Screening> {
  clock(0);
  const s = await createScreening({
    place: { town: 'Touba', venue: 'Grande salle', region: 'Diourbel', country: 'Sénégal' },
    date: '2026-04-02',
    facilitators: [],
    panelists: [],
    filmId: 'sample',
  });
  clock(1);
  await setPhase(s.id, 'debate');
  const statuses: QuestionStatus[] = ['answered', 'dismissed', 'pending', 'approved'];
  await db().transaction('rw', syncedWriteTables('questions'), async () => {
    for (let i = 0; i < n; i++)
      await addQuestion(s.id, {
        text: `Laaj ${i}: ñaata, ŋ, « ${i} » ?`,
        language: i % 2 ? 'wo' : 'fr',
        status: statuses[i % 4]!,
        spoken: i % 10 === 0,
        askedMin: 1 + (i % 90),
      });
  });
  return s;
}
