import { db } from '../db';
import { newId, nowIso } from '../ids';
import type { PhaseReason } from '@shared/records';
import { emptyTally } from '../tally';
import type { Attendance, Phase, Place, Screening } from '../types';
import { appendEvent, insertSynced, updateSynced } from '../write';
import { kioskId } from './kiosk';
import { getSetting, setSetting } from './settings';

export interface NewScreening {
  place: Place;
  date: string;
  facilitators: string[];
  panelists: string[];
  filmId: string;
}

const NO_ATTENDANCE: Attendance = { women: 0, men: 0, youth: 0, adults: 0 };

/**
 * Creates a screening in the setup phase and makes it the active one. Offline; synced later.
 * Its question tally (data/tally.ts) starts at zero in the same transaction: no screening
 * made here is ever counted from the indexes when the debate first opens.
 */
export async function createScreening(input: NewScreening): Promise<Screening> {
  const kiosk = await kioskId();
  const tables = [db().screenings, db().events, db().outbox, db().settings, db().tallies];
  return db().transaction('rw', tables, async () => {
    const s = await insertSynced('screenings', {
      id: newId(),
      kioskId: kiosk,
      ...input,
      phase: 'setup',
      attendance: { ...NO_ATTENDANCE },
      notes: '',
    });
    await appendEvent(s.id, 'phase', { from: null, to: 'setup' });
    await setSetting('screening.active', s.id);
    await db().tallies.add(emptyTally(s.id));
    return s;
  });
}

export async function getScreening(id: string): Promise<Screening | undefined> {
  return db().screenings.get(id);
}

/** Newest first. */
export async function listScreenings(): Promise<Screening[]> {
  return db().screenings.orderBy('id').reverse().toArray();
}

/** The screening this kiosk is running now (survives restarts: it is stored). */
export async function activeScreening(): Promise<Screening | undefined> {
  const id = await getSetting('screening.active');
  return id ? db().screenings.get(id) : undefined;
}

/** Moves the screening to a phase and records the change in the audit trail. */
export async function setPhase(id: string, to: Phase, reason?: PhaseReason): Promise<Screening> {
  return db().transaction('rw', [db().screenings, db().events, db().outbox], async () => {
    const current = await db().screenings.get(id);
    if (!current) throw new Error(`screening ${id} not found`);
    if (current.phase === to) return current;
    const at = nowIso();
    const next = await updateSynced('screenings', id, (s) => ({
      ...s,
      phase: to,
      startedAt: s.startedAt ?? (to === 'screening' ? at : undefined),
      endedAt: to === 'closed' ? at : s.endedAt,
    }));
    await appendEvent(id, 'phase', reason ? { from: current.phase, to, reason } : { from: current.phase, to });
    return next;
  });
}
