/**
 * Rows as the kiosk stores them (see src/renderer/src/data/types.ts), for seeding the
 * browser's IndexedDB directly: a whole evening, an empty screening, a huge debate.
 * Plain objects only, so the same rows can be handed to the pure report model in Node
 * to know what the page must show.
 */
import type {
  EventData,
  EventType,
  KioskEvent,
  Phase,
  Pledge,
  Question,
  QuestionStatus,
  Screening,
} from '../../../src/renderer/src/data/types';

export interface Rows {
  screenings: Screening[];
  questions: Question[];
  pledges: Pledge[];
  events: KioskEvent[];
}

const T0 = Date.parse('2026-03-14T18:00:00.000Z');
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
const synced = (id: string, min: number) => ({ id, rev: 1, createdAt: at(min), updatedAt: at(min) });
let seq = 0;
const id = (prefix: string) => `${prefix}${String(++seq).padStart(8, '0')}`;

/** Texts with Wolof letters, quotes and commas, every one projected on the stage. */
export const PROJECTED_TEXTS = [
  'Ñaata xaalis la yoon wi di laaj ? Ŋ ŋ ë é ó à',
  'Pourquoi partir, si la famille « compte » sur nous ?',
  'Lan ngeen di def ngir ñi dellusi ?',
];

function screening(sid: string, date: string, town: string, phase: Phase, people: number): Screening {
  return {
    ...synced(sid, 0),
    kioskId: 'KIOSK-E2E',
    place: { town, venue: 'Foyer des jeunes', region: 'Kaolack', country: 'Sénégal' },
    date,
    startedAt: phase === 'setup' ? undefined : at(10),
    endedAt: phase === 'closed' ? at(120) : undefined,
    phase,
    filmId: 'sample',
    facilitators: ['Awa Ndiaye'],
    panelists: ['Moussa Diop'],
    attendance: { women: people - 20, men: 20, youth: 12, adults: people - 12 },
    notes: 'Coupure de courant à 19 h ; reprise.',
  };
}

function question(sid: string, text: string, i: number, status: QuestionStatus): Question {
  const asked = 56 + (i % 40);
  const statusAt: Question['statusAt'] = { pending: at(asked) };
  if (status === 'answered' || status === 'on_stage') statusAt.on_stage = at(asked + 1);
  if (status === 'answered') statusAt.answered = at(asked + 2);
  if (status === 'dismissed') statusAt.dismissed = at(asked + 1);
  return {
    ...synced(id('Q'), asked),
    screeningId: sid,
    text,
    ...(i % 5 === 4 && { audioHash: 'b'.repeat(64), audioDurationSec: 9 }),
    language: i % 3 === 0 ? 'wo' : i % 3 === 1 ? 'fr' : 'other',
    status,
    statusAt,
  };
}

function phases(sid: string): KioskEvent[] {
  const ev = <T extends EventType>(min: number, type: T, data: EventData<T>): KioskEvent =>
    ({ id: id('E'), screeningId: sid, at: at(min), type, data }) as KioskEvent;
  return [
    ev(0, 'phase', { from: null, to: 'setup' }),
    ev(10, 'phase', { from: 'setup', to: 'screening' }),
    ev(10, 'play', { positionSec: 0, durationSec: 2700 }),
    ev(40, 'pause', { positionSec: 1800, durationSec: 2700 }),
    ev(55, 'phase', { from: 'screening', to: 'debate' }),
    ev(100, 'phase', { from: 'debate', to: 'pledges' }),
    ev(120, 'phase', { from: 'pledges', to: 'closed' }),
  ];
}

/** A closed evening: 3 projected questions, `extra` more in the queue, three pledges. */
export function evening(date = '2026-03-14', town = 'Kaolack', extra = 4, people = 54): Rows {
  const sid = id('S');
  const questions = PROJECTED_TEXTS.map((t, i) => question(sid, t, i, i === 1 ? 'on_stage' : 'answered'));
  const statuses: QuestionStatus[] = ['pending', 'approved', 'dismissed', 'answered'];
  for (let i = 0; i < extra; i++) {
    const status = statuses[i % 4]!;
    // Beyond the first few, answered ones are counted but kept off the printed list.
    const s = status === 'answered' && i >= 8 ? 'approved' : status;
    questions.push(question(sid, `Laaj ${i + 1}, ñaata ?`, i + 3, s));
  }
  const pledge = (kind: 'share_message' | 'own_story' | 'other', text: string, contact?: string): Pledge => ({
    ...synced(id('P'), 105),
    screeningId: sid,
    kind,
    text,
    language: 'wo',
    ...(contact && {
      firstName: contact,
      contact: { name: contact, phone: '+221 77 123 45 67', consentVersion: 'v1', consentAt: at(106) },
    }),
    followUp: contact ? 'to_contact' : 'none',
  });
  return {
    screenings: [screening(sid, date, town, 'closed', people)],
    questions,
    pledges: [
      pledge('share_message', 'Dinaa wax sama mbokk yi.', 'Aïssatou Sow'),
      pledge('own_story', 'Je raconterai mon retour.'),
      pledge('share_message', 'Ma yëgle ko ci radio bi.'),
    ],
    events: phases(sid),
  };
}

/** A screening that was created and nothing else. */
export function emptyScreening(date = '2026-05-01'): Rows {
  const sid = id('S');
  const s = screening(sid, date, 'Fatick', 'setup', 0);
  s.attendance = { women: 0, men: 0, youth: 0, adults: 0 };
  s.notes = '';
  return {
    screenings: [s],
    questions: [],
    pledges: [],
    events: [{ id: id('E'), screeningId: sid, at: at(0), type: 'phase', data: { from: null, to: 'setup' } }],
  };
}
