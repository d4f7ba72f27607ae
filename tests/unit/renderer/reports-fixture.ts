/**
 * A screening as the kiosk would store it, written through the data module's own
 * write functions (insertSynced / updateSynced / appendEvent) at controlled times.
 * Shared by the reports*.test.ts files.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { vi } from 'vitest';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { createScreening, setPhase } from '../../../src/renderer/src/data/repos/screenings';
import type {
  ContentLang,
  Pledge,
  PledgeKind,
  Question,
  QuestionStatus,
  Screening,
} from '../../../src/renderer/src/data/types';
import { appendEvent, insertSynced, syncedWriteTables, updateSynced } from '../../../src/renderer/src/data/write';
import type { ReportText } from '../../../src/renderer/src/features/reports/model/text';
import type { Lang } from '../../../src/renderer/src/i18n/languages';

export const T0 = Date.parse('2026-03-14T18:00:00.000Z');
export const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
/** Moves the device clock (Date only: IndexedDB's own timers keep running). */
export const clock = (min: number) => vi.setSystemTime(T0 + min * 60_000);

export function freshDb(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  clock(0);
  setDbForTests(new KioskDB(`reports-test-${newId()}`));
}

export function reportText(lang: Lang): ReportText {
  const res = (l: string) => JSON.parse(readFileSync(`locales/${l}/reports.json`, 'utf8')) as Record<string, unknown>;
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { fr: { reports: res('fr') }, wo: { reports: res('wo') } },
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
  const statusAt: Partial<Record<QuestionStatus, string>> = { pending: at(q.askedMin) };
  const path: QuestionStatus[] =
    q.status === 'answered'
      ? ['approved', 'on_stage', 'answered']
      : q.status === 'on_stage'
        ? ['approved', 'on_stage']
        : [];
  path.forEach((s, i) => (statusAt[s] = at(q.askedMin + 1 + i)));
  if (q.status === 'approved' || q.status === 'dismissed') statusAt[q.status] = at(q.askedMin + 1);
  return insertSynced('questions', {
    id: newId(),
    screeningId,
    text: q.text.normalize('NFC'),
    ...(q.spoken && { audioHash: 'a'.repeat(64), audioDurationSec: 12 }),
    language: q.language,
    ...(q.askerName && { askerName: q.askerName }),
    status: q.status,
    statusAt,
  });
}

export async function addPledge(
  screeningId: string,
  kind: PledgeKind,
  text: string,
  contact?: string,
): Promise<Pledge> {
  return insertSynced('pledges', {
    id: newId(),
    screeningId,
    kind,
    text,
    language: 'wo',
    ...(contact && {
      firstName: contact,
      contact: { name: contact, phone: '+221 77 123 45 67', consentVersion: 'v1', consentAt: at(105) },
    }),
    followUp: contact ? 'to_contact' : 'none',
  });
}

/**
 * A full evening: setup 10 min, film 45 min (paused, rewound, played to the end), debate
 * 45 min, pledges 20 min, closed; 54 people; the NASTY texts as questions; three pledges.
 */
export async function seedEvening(date = '2026-03-14', town = 'Kaolack'): Promise<Screening> {
  clock(0);
  const s = await createScreening({
    place: { town, venue: 'Salle des fêtes, « Ndar »', region: 'Kaolack', country: 'Sénégal' },
    date,
    facilitators: ['Awa Ndiaye'],
    panelists: ['Moussa Diop'],
    filmId: 'sample',
  });
  clock(10);
  await setPhase(s.id, 'screening');
  await appendEvent(s.id, 'play', { positionSec: 0, durationSec: 2700 });
  clock(30);
  await appendEvent(s.id, 'pause', { positionSec: 1200, durationSec: 2700 });
  clock(31);
  await appendEvent(s.id, 'seek', { fromSec: 1200, toSec: 1100, positionSec: 1100 });
  clock(32);
  await appendEvent(s.id, 'play', { positionSec: 1100, durationSec: 2700 });
  clock(54);
  await appendEvent(s.id, 'ended', { positionSec: 2700, durationSec: 2700 });
  clock(55);
  await setPhase(s.id, 'debate');
  const statuses: QuestionStatus[] = ['answered', 'on_stage', 'approved', 'pending', 'dismissed'];
  const langs: ContentLang[] = ['fr', 'wo', 'other'];
  for (const [i, text] of NASTY.entries())
    await addQuestion(s.id, {
      text,
      language: langs[i % 3]!,
      status: statuses[i % 5]!,
      spoken: i % 4 === 0,
      askedMin: 56 + i * 4,
      askerName: i === 0 ? 'Fatou' : undefined,
    });
  clock(100);
  await setPhase(s.id, 'pledges');
  await addPledge(s.id, 'share_message', 'Dinaa wax sama mbokk yi.', 'Aïssatou Sow');
  await addPledge(s.id, 'own_story', 'Je raconterai mon retour, « sans honte ».');
  await addPledge(s.id, 'other', '=1+1');
  await updateSynced('screenings', s.id, (x) => ({
    ...x,
    attendance: { women: 23, men: 31, youth: 20, adults: 34 },
    notes: 'Coupure de courant à 19 h, reprise après 5 min.',
  }));
  clock(120);
  return setPhase(s.id, 'closed');
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
