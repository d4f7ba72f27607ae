import { beforeEach, describe, expect, it } from 'vitest';
import { db, KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import { newId } from '../../../../src/renderer/src/data/ids';
import { submitQuestion } from '../../../../src/renderer/src/data/repos/questions';
import { emptyTally } from '../../../../src/renderer/src/data/tally';
import {
  activeScreening,
  createScreening,
  listScreenings,
  setPhase,
  type NewScreening,
} from '../../../../src/renderer/src/data/repos/screenings';

const KOLDA: NewScreening = {
  place: { town: 'Kolda', venue: 'Maison des jeunes', region: 'Kolda', country: 'Sénégal' },
  date: '2026-11-16',
  facilitators: ['Awa Diallo'],
  panelists: ['Fatou Sow'],
  filmId: 'sample',
};

beforeEach(() => setDbForTests(new KioskDB(`screenings-${newId()}`)));

describe('screenings repository', () => {
  it('creates a screening in setup, makes it active, and queues it with its first event', async () => {
    const s = await createScreening(KOLDA);
    expect(s).toMatchObject({ ...KOLDA, phase: 'setup', rev: 1, notes: '' });
    expect(s.kioskId).toMatch(/^[0-9A-Z]{26}$/);
    expect((await activeScreening())?.id).toBe(s.id);
    const outbox = await db().outbox.toArray();
    expect(outbox.map((o) => [o.table, o.recordId, o.rev])).toEqual([
      ['screenings', s.id, 1],
      ['events', expect.any(String), 1],
    ]);
    expect((await db().events.toArray()).map((e) => [e.type, e.data])).toEqual([
      ['phase', { from: null, to: 'setup' }],
    ]);
    // Its question tally starts at zero with it: the debate never counts from the indexes.
    expect(await db().tallies.get(s.id)).toEqual(emptyTally(s.id));
    await submitQuestion({ screeningId: s.id, text: 'Et les papiers ?', language: 'wo' });
    expect((await db().tallies.get(s.id))?.byStatus.pending).toBe(1);
  });

  it('lists screenings newest first and the last one created is the active one', async () => {
    const a = await createScreening(KOLDA);
    const b = await createScreening({ ...KOLDA, place: { ...KOLDA.place, town: 'Sédhiou' } });
    expect((await listScreenings()).map((s) => s.id)).toEqual([b.id, a.id]);
    expect((await activeScreening())?.place.town).toBe('Sédhiou');
  });

  it('moves through phases once each, bumping the revision and stamping the start and end', async () => {
    const s = await createScreening(KOLDA);
    const film = await setPhase(s.id, 'screening');
    expect(film).toMatchObject({ phase: 'screening', rev: 2 });
    expect(film.startedAt).toBeDefined();
    expect(await setPhase(s.id, 'screening')).toMatchObject({ rev: 2 }); // no change, nothing queued
    const closed = await setPhase(s.id, 'closed', 'console');
    expect(closed.endedAt).toBeDefined();
    expect(closed.startedAt).toBe(film.startedAt);
    const phases = (await db().events.where('[screeningId+type]').equals([s.id, 'phase']).sortBy('id')).map(
      (e) => e.data,
    );
    expect(phases).toEqual([
      { from: null, to: 'setup' },
      { from: 'setup', to: 'screening' },
      { from: 'screening', to: 'closed', reason: 'console' },
    ]);
    expect(await db().outbox.where('table').equals('screenings').count()).toBe(3);
  });

  it('refuses a phase change for a screening that does not exist, writing nothing', async () => {
    await expect(setPhase('nope', 'debate')).rejects.toThrow();
    expect(await db().outbox.count()).toBe(0);
  });
});
