import { expect, test } from 'vitest';
import { pendingCount } from '../../../src/renderer/src/data/repos/outbox';
import { submitPledge, setFollowUp } from '../../../src/renderer/src/data/repos/pledges';
import {
  assignPanelist,
  moderate,
  setQuestionLanguage,
  submitQuestion,
} from '../../../src/renderer/src/data/repos/questions';
import { createScreening, setPhase } from '../../../src/renderer/src/data/repos/screenings';
import { bumpTally, saveNotes, setTally } from '../../../src/renderer/src/features/closing/attendance';
import { enrollKiosk } from '../../../src/renderer/src/features/sync/device';
import { SyncEngine } from '../../../src/renderer/src/features/sync/engine';
import { enrollmentCode, freshKiosk, holdings, kioskRecords, newCollector } from './sync-support';

/**
 * Every kind of write the kiosk's features make (through the data module) must be
 * accepted by the collector's strict validation: a field added on one side only would
 * leave a kiosk's changes refused. This walks a whole evening through the real repositories.
 */
test('the collector accepts every record the kiosk writes, at its newest revision', async () => {
  freshKiosk();
  const c = await newCollector();
  await enrollKiosk(c.url, await enrollmentCode(c.id), 'Kolda');
  const s = await createScreening({
    place: { town: 'Kolda', venue: 'Salle des fêtes', region: 'Kolda', country: 'Sénégal' },
    date: '2026-06-06',
    facilitators: ['Awa Ndiaye', 'Ousmane Ba'],
    panelists: ['Moussa Diop'],
    filmId: 'sample',
  });
  for (const phase of ['screening', 'debate', 'pledges'] as const) await setPhase(s.id, phase);
  const typed = await submitQuestion({
    screeningId: s.id,
    text: 'Lan mooy yoon wi ? ŋ ë',
    language: 'wo',
    askerName: 'Awa',
  });
  const spoken = await submitQuestion({
    screeningId: s.id,
    text: '',
    language: 'fr',
    audio: { data: new Blob(['OggS question'], { type: 'audio/ogg' }), durationSec: 3.2 },
  });
  await moderate(typed.id, 'approve');
  await moderate(typed.id, 'project');
  await assignPanelist(typed.id, 'Moussa Diop');
  await assignPanelist(typed.id, null);
  await moderate(typed.id, 'answered');
  await moderate(spoken.id, 'dismiss', { reason: 'Hors sujet' });
  await moderate(spoken.id, 'restore');
  await setQuestionLanguage(spoken.id, 'other');
  const p = await submitPledge({
    screeningId: s.id,
    kind: 'own_story',
    text: '',
    language: 'wo',
    firstName: 'Fatou',
    audio: { data: new Blob(['OggS pledge'], { type: 'audio/ogg' }), durationSec: 8 },
    contact: { name: 'Fatou Sow', phone: '77 123 45 67', consentVersion: 'v1' },
  });
  await setFollowUp(p.id, 'contacted');
  await bumpTally(s.id, 'women', 3);
  await setTally(s.id, 'adults', 12);
  await saveNotes(s.id, 'Débat riche.');
  await setPhase(s.id, 'closed');

  const out = await new SyncEngine().syncNow();
  expect(out).toEqual({ ok: true, sent: expect.any(Number) as number });
  expect(await pendingCount()).toBe(0);
  const held = await holdings(c.id);
  const mine = await kioskRecords();
  expect(held.records).toEqual(mine.records);
  expect(held.blobs).toEqual(mine.blobs);
  expect(held.blobs).toHaveLength(2);
});
