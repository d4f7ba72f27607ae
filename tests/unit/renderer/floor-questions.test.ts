import { beforeEach, describe, expect, it } from 'vitest';
import { questionSchema } from '@shared/records';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { getBlob } from '../../../src/renderer/src/data/repos/blobs';
import { EntryRejected } from '../../../src/renderer/src/data/repos/entry-text';
import { logFloorQuestion } from '../../../src/renderer/src/data/repos/floor-questions';
import { moderate, questionCounts, submitQuestion } from '../../../src/renderer/src/data/repos/questions';

beforeEach(() => setDbForTests(new KioskDB(`floor-test-${newId()}`)));

describe('a question from the floor', () => {
  it('is stored approved with source floor, the asker as seen, audited, and synced through the outbox', async () => {
    const q = await logFloorQuestion({
      screeningId: 's1',
      text: ' Ñaata la visa bi di jar ? ',
      language: 'wo',
      askerGender: 'woman',
      askerAge: 'youth',
    });
    expect(q).toMatchObject({ text: 'Ñaata la visa bi di jar ?', source: 'floor', status: 'approved' });
    expect(q).toMatchObject({ askerGender: 'woman', askerAge: 'youth' });
    expect(q.askerName).toBeUndefined();
    // The record is valid under the contract the collector applies (strict).
    expect(questionSchema.safeParse(q).success).toBe(true);
    const events = await db().events.where('[screeningId+type]').equals(['s1', 'moderation']).toArray();
    expect(events.map((e) => e.data)).toEqual([{ questionId: q.id, action: 'floor', language: 'wo' }]);
    const outbox = await db().outbox.toArray();
    expect(outbox.map((o) => o.table).sort()).toEqual(['events', 'questions']);
  });

  it('can be projected and answered like any other, and is counted apart from kiosk questions', async () => {
    await submitQuestion({ screeningId: 's1', text: 'Depuis la borne', language: 'fr' });
    const floor = await logFloorQuestion({ screeningId: 's1', text: 'Depuis la salle', language: 'fr' });
    expect((await moderate(floor.id, 'project')).question.status).toBe('on_stage');
    expect((await moderate(floor.id, 'answered')).question.status).toBe('answered');
    const counts = await questionCounts('s1');
    expect(counts).toMatchObject({ total: 2, fromFloor: 1 });
  });

  it('takes a voice note instead of a gist, and refuses an empty gist without one', async () => {
    await expect(logFloorQuestion({ screeningId: 's1', text: '   ', language: 'fr' })).rejects.toBeInstanceOf(
      EntryRejected,
    );
    expect(await db().questions.count()).toBe(0);
    const data = new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'audio/webm' });
    const q = await logFloorQuestion({
      screeningId: 's1',
      text: '',
      language: 'other',
      audio: { data, durationSec: 4.26 },
    });
    expect(q.audioDurationSec).toBe(4.3);
    expect(await getBlob(q.audioHash!)).toBeDefined();
  });
});
