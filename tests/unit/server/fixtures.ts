import type { Change } from '../../../src/shared/sync-protocol';

let n = 0;
const id = (prefix: string) => `${prefix}${String(++n).padStart(8, '0')}`;
const at = (min = 0) => new Date(Date.UTC(2026, 5, 6, 18, min)).toISOString();

export function screening(kioskId: string, rev = 1, over: Record<string, unknown> = {}) {
  return {
    id: id('S'),
    rev,
    createdAt: at(),
    updatedAt: at(rev),
    kioskId,
    place: { town: 'Kolda', venue: 'Salle des fêtes', region: 'Kolda', country: 'Sénégal' },
    date: '2026-06-06',
    startedAt: at(5),
    phase: 'debate',
    filmId: 'sample',
    facilitators: ['Awa Ndiaye'],
    panelists: ['Moussa Diop'],
    attendance: { women: 12, men: 9, youth: 8, adults: 13 },
    notes: 'Débat animé, ŋ ë.',
    ...over,
  };
}

export function question(screeningId: string, over: Record<string, unknown> = {}) {
  return {
    id: id('Q'),
    rev: 1,
    createdAt: at(30),
    updatedAt: at(30),
    screeningId,
    text: 'Naka lañu mënë dem ci yoon wu baax?',
    language: 'wo',
    status: 'pending',
    statusAt: { pending: at(30) },
    ...over,
  };
}

export function pledge(screeningId: string, over: Record<string, unknown> = {}) {
  return {
    id: id('P'),
    rev: 1,
    createdAt: at(35),
    updatedAt: at(35),
    screeningId,
    kind: 'share_message',
    text: 'Dinaa wax',
    language: 'wo',
    followUp: 'none',
    ...over,
  };
}

/** The audit trail's record of the debate opening, as a kiosk writes it. */
export function event(screeningId: string) {
  return { id: id('E'), screeningId, at: at(40), type: 'phase', data: { from: 'screening', to: 'debate' } };
}

type Row = { id: string; rev?: number };
/** A change as JSON on the wire: the tests also send payloads the collector must refuse. */
export type SentChange = Omit<Change, 'table' | 'payload'> & { table: Change['table']; payload: unknown };

/** Outbox entries as a kiosk sends them, numbered from `firstSeq`. */
export function changes(table: Change['table'], rows: Row[], firstSeq: number): SentChange[] {
  return rows.map((r, i) => ({
    seq: firstSeq + i,
    table,
    recordId: r.id,
    rev: r.rev ?? 1,
    at: at(50),
    payload: r,
  }));
}

export const batch = (list: SentChange[], deviceTime = new Date().toISOString()) => ({ deviceTime, changes: list });
