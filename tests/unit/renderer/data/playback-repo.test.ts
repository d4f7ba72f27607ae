import { beforeEach, describe, expect, it } from 'vitest';
import { db, KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import { newId } from '../../../../src/renderer/src/data/ids';
import {
  finishFilm,
  getPlayback,
  reportPosition,
  requestSeek,
  setPlaying,
  setSubtitles,
  setVolume,
  startFilm,
} from '../../../../src/renderer/src/data/repos/playback';
import { createScreening, getScreening } from '../../../../src/renderer/src/data/repos/screenings';
import { filmFigures } from '../../../../src/renderer/src/features/reports/model/spans';
import { startPosition } from '../../../../src/renderer/src/features/screening/use-stage-playback';

let id = '';
const events = async () =>
  (await db().events.where('screeningId').equals(id).sortBy('id')).map((e) => [e.type, e.data]);

beforeEach(async () => {
  setDbForTests(new KioskDB(`playback-${newId()}`));
  const s = await createScreening({
    place: { town: 'Kolda', venue: 'Lycée', region: 'Kolda', country: 'Sénégal' },
    date: '2026-11-16',
    facilitators: ['Awa'],
    panelists: [],
    filmId: 'sample',
  });
  id = s.id;
});

describe('playback repository', () => {
  it('starts the film: the screening enters its film phase and `play` is recorded at 0', async () => {
    await startFilm(id, 'sample');
    expect(await getPlayback(id)).toMatchObject({
      filmId: 'sample',
      playing: true,
      positionSec: 0,
      subtitles: 'fr',
      seekSeq: 0,
    });
    expect((await getScreening(id))?.phase).toBe('screening');
    expect((await events()).slice(1)).toEqual([
      ['phase', { from: 'setup', to: 'screening' }],
      ['play', { positionSec: 0, filmId: 'sample' }],
    ]);
  });

  it('records pause and play at the position the stage last stored, once per change', async () => {
    await startFilm(id, 'sample');
    await reportPosition(id, 30.04, 80);
    await setPlaying(id, false);
    await setPlaying(id, false); // a second tap changes nothing
    await reportPosition(id, 30.04, 80);
    await setPlaying(id, true);
    expect((await events()).slice(3)).toEqual([
      ['pause', { positionSec: 30, durationSec: 80 }],
      ['play', { positionSec: 30, durationSec: 80 }],
    ]);
  });

  it('asks for seeks by sequence number, clamped to the film, and records where from and to', async () => {
    await startFilm(id, 'sample');
    await reportPosition(id, 12, 80);
    await requestSeek(id, 35);
    await requestSeek(id, 500);
    expect(await getPlayback(id)).toMatchObject({ seekSeq: 2, seekToSec: 80 });
    expect((await events()).slice(3)).toEqual([
      ['seek', { fromSec: 12, toSec: 35, positionSec: 35 }],
      ['seek', { fromSec: 12, toSec: 80, positionSec: 80 }],
    ]);
  });

  it('a stage whose film is still loading starts at the seek asked meanwhile; a reload resumes where it was', async () => {
    await startFilm(id, 'sample');
    await reportPosition(id, 12, 90);
    const mounted = (await getPlayback(id))!;
    // The facilitator drags to 0:30 before the stage's film could seek.
    await requestSeek(id, 30);
    expect(startPosition((await getPlayback(id))!, mounted.seekSeq)).toBe(30);
    // A stage opened afresh (after a power cut) knows that seek already: it resumes where the film was.
    await reportPosition(id, 41);
    const reopened = (await getPlayback(id))!;
    expect(startPosition(reopened, reopened.seekSeq)).toBe(41);
  });

  it('keeps each window to its own fields: the stage never overwrites what the console asked', async () => {
    await startFilm(id, 'sample');
    await setSubtitles(id, 'wo');
    await setVolume(id, 1.7);
    const asked = await getPlayback(id);
    await reportPosition(id, 44.44, 80.02);
    const after = await getPlayback(id);
    expect(after).toMatchObject({ subtitles: 'wo', volume: 1, playing: true, updatedAt: asked!.updatedAt });
    expect(after).toMatchObject({ positionSec: 44.4, durationSec: 80 });
  });

  it('moves to the debate once when the film ends, however many windows report it', async () => {
    await startFilm(id, 'sample');
    await reportPosition(id, 79.5, 80);
    await Promise.all([finishFilm(id, 'ended', 80), finishFilm(id, 'ended', 80)]);
    expect((await getScreening(id))?.phase).toBe('debate');
    const types = (await events()).map(([t]) => t);
    expect(types.filter((t) => t === 'ended')).toHaveLength(1);
    expect((await events()).at(-1)).toEqual(['phase', { from: 'screening', to: 'debate', reason: 'ended' }]);
  });

  it('a skip stops the film without an `ended`; the reports then count what was shown', async () => {
    await startFilm(id, 'sample');
    await reportPosition(id, 20, 80);
    await setPlaying(id, false);
    await finishFilm(id, 'skipped');
    expect(await getPlayback(id)).toMatchObject({ playing: false });
    expect((await getScreening(id))?.phase).toBe('debate');
    const all = await db().events.where('screeningId').equals(id).toArray();
    expect(filmFigures(all)).toMatchObject({ playedSec: 20, durationSec: 80, percent: 25, reachedEnd: false });
  });

  it('refuses commands for a screening whose film never started', async () => {
    await expect(setPlaying(id, true)).rejects.toThrow();
    await expect(requestSeek(id, 10)).rejects.toThrow();
    expect((await events()).map(([t]) => t)).toEqual(['phase']);
  });
});
