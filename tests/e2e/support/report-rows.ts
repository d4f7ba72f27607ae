/**
 * Rows as the kiosk stores them (see src/renderer/src/data/types.ts), for seeding the
 * browser's IndexedDB directly: a whole evening, an empty screening, a huge debate.
 * The evening itself (place, people, phases, playback, attendance, pledges, status
 * path) is defined once, as data, in tests/support/evening.json; its questions are its own.
 * Plain objects only, so the same rows can be handed to the pure report model in Node
 * to know what the page must show.
 */
import type {
  EventType,
  KioskEvent,
  Phase,
  Pledge,
  PledgeKind,
  Question,
  QuestionStatus,
  Screening,
} from '../../../src/renderer/src/data/types';
import EVENING from '../../support/evening.json';

export interface Rows {
  screenings: Screening[];
  questions: Question[];
  pledges: Pledge[];
  events: KioskEvent[];
}

const T0 = Date.parse(EVENING.t0);
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
/** The minute the evening enters `phase`. */
const minOf = (phase: Phase) => EVENING.steps.find((s) => s.phase === phase)!.min;
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
  const { venue, region, country, ...staff } = EVENING.setup;
  const { men, youth } = EVENING.attendance;
  return {
    ...synced(sid, 0),
    kioskId: 'KIOSK-E2E',
    place: { town, venue, region, country },
    date,
    startedAt: phase === 'setup' ? undefined : at(minOf('screening')),
    endedAt: phase === 'closed' ? at(minOf('closed')) : undefined,
    phase,
    ...staff,
    attendance: { women: people - men, men, youth, adults: people - youth },
    notes: EVENING.notes,
  };
}

function question(sid: string, text: string, i: number, status: QuestionStatus): Question {
  const asked = 56 + (i % 40);
  return {
    ...synced(id('Q'), asked),
    screeningId: sid,
    text,
    ...(i % 5 === 4 && { audioHash: 'b'.repeat(64), audioDurationSec: 9 }),
    language: i % 3 === 0 ? 'wo' : i % 3 === 1 ? 'fr' : 'other',
    status,
    statusAt: Object.fromEntries([
      ['pending', at(asked)],
      ...EVENING.statusPath[status].map((s, n) => [s, at(asked + 1 + n)]),
    ]) as Question['statusAt'],
  };
}

/** The evening's steps as event rows: phase changes (from → to) and film playback. */
function phases(sid: string): KioskEvent[] {
  let from: Phase = 'setup';
  const rows: { id: string; screeningId: string; at: string; type: EventType; data: unknown }[] = [
    { id: id('E'), screeningId: sid, at: at(0), type: 'phase', data: { from: null, to: 'setup' } },
  ];
  for (const step of EVENING.steps) {
    const base = { id: id('E'), screeningId: sid, at: at(step.min) };
    if (!step.phase) rows.push({ ...base, type: step.event as EventType, data: step.data });
    else {
      rows.push({ ...base, type: 'phase', data: { from, to: step.phase as Phase } });
      from = step.phase as Phase;
    }
  }
  return rows as KioskEvent[];
}

/** The closed evening with `people` counted: 3 projected questions, `extra` more in the queue. */
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
  const { consentAtMin, ...contact } = EVENING.contact;
  const pledges = EVENING.pledges.map((p): Pledge => ({
    ...synced(id('P'), minOf('pledges')),
    screeningId: sid,
    kind: p.kind as PledgeKind,
    text: p.text,
    language: 'wo',
    ...(p.contact && { firstName: p.contact, contact: { name: p.contact, ...contact, consentAt: at(consentAtMin) } }),
    followUp: p.contact ? 'to_contact' : 'none',
  }));
  return {
    screenings: [screening(sid, date, town, 'closed', people)],
    questions,
    pledges,
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
