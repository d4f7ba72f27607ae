import { addStaff } from '../../../server/src/staff/accounts';
import { call, enrollDevice, type Collector } from '../../unit/server/harness';
import { batch, changes, event, pledge, question, screening } from '../../unit/server/fixtures';
import { surveyPair } from './dashboard-polls';

export const ADMIN = { email: 'awa.admin@iom.int', password: 'fleuve-Casamance-2026', name: 'Awa Admin' };
export const ANALYST = { email: 'omar.analyst@iom.int', password: 'Tambacounda-saison-2026', name: 'Omar Analyst' };

/** Kiosk K1's clock runs two hours ahead of the collector's: its start times are corrected by that. */
export const K1_AHEAD_MS = 2 * 3600_000;

const consent = (name: string, phone: string) => ({
  name,
  phone,
  consentVersion: 'v1',
  consentAt: '2026-06-06T18:36:00.000Z',
});

/**
 * Two kiosks' screenings sent through the real sync API: K1 in Kolda (two evenings, its
 * clock two hours fast), K2 in Tambacounda. The totals the dashboard must show follow.
 * The before/after survey: "intention" in Kolda's first evening (n 10 each side) and in
 * Tambacounda (n 30), "risk awareness" in Tambacounda only (n 20); Kolda's second evening had none.
 */
export async function seedDashboard(c: Collector) {
  await addStaff(c.conn.db, { ...ADMIN, role: 'admin' });
  await addStaff(c.conn.db, { ...ANALYST, role: 'analyst' });
  const k1 = await enrollDevice(c, 'K1-kolda');
  const k2 = await enrollDevice(c, 'K2-tamba');
  const s1 = screening('K1-kolda', 1, { facilitators: ['=HYPERLINK("http://x.example","clic")'] });
  const s2 = screening('K1-kolda', 1, { date: '2026-06-13', attendance: { women: 5, men: 7, youth: 4, adults: 8 } });
  const s3 = screening('K2-tamba', 1, {
    date: '2026-07-02',
    place: { town: 'Tambacounda', venue: 'Maison des jeunes', region: 'Tambacounda', country: 'Sénégal' },
    attendance: { women: 20, men: 10, youth: 15, adults: 15 },
    // Tambacounda's evening kept one campaign topic and added its own.
    topics: [{ id: 'journey_risks' }, { id: 'T-visas', label: 'Visas et bourses' }],
  });
  const q1 = [
    question(s1.id, { topics: ['journey_risks'] }),
    question(s1.id, { language: 'fr', text: 'Comment partir légalement ?', topics: ['papers_legal', 'journey_risks'] }),
  ];
  const p1 = [pledge(s1.id, { contact: consent('Fatou Sarr', '+221770000001') }), pledge(s1.id, { kind: 'own_story' })];
  const q3 = [
    question(s3.id, {
      language: 'fr',
      text: '<b>Et les visas ?</b>',
      topics: ['T-visas'],
      status: 'on_stage',
      statusAt: { pending: '2026-07-02T18:30:00.000Z', on_stage: '2026-07-02T18:31:00.000Z' },
    }),
  ];
  const p3 = [pledge(s3.id, { kind: 'other', contact: consent('Mamadou Ba', '+221770000002') })];
  const v1 = surveyPair(s1.id, 'intention', [6, 4], [2, 8]);
  const v3i = surveyPair(s3.id, 'intention', [9, 21], [3, 27]);
  const v3r = surveyPair(s3.id, 'risk_awareness', [2, 3, 5, 6, 4], [0, 1, 2, 7, 10]);
  const ahead = new Date(Date.now() + K1_AHEAD_MS).toISOString();
  const sent1 = [
    ...changes('screenings', [s1, s2], 1),
    ...changes('questions', q1, 3),
    ...changes('pledges', p1, 5),
    ...changes('events', [event(s1.id)], 7),
    ...changes('polls', v1.polls, 8),
    ...changes('pollAnswers', v1.answers, 10),
  ];
  const r1 = await call(c, 'POST', '/v1/batches', k1.token, batch(sent1, ahead));
  const sent2 = [
    ...changes('screenings', [s3], 1),
    ...changes('questions', q3, 2),
    ...changes('pledges', p3, 3),
    ...changes('polls', [...v3i.polls, ...v3r.polls], 4),
    ...changes('pollAnswers', [...v3i.answers, ...v3r.answers], 8),
  ];
  const r2 = await call(c, 'POST', '/v1/batches', k2.token, batch(sent2));
  if (r1.status !== 200 || r2.status !== 200) throw new Error(`seed: ${JSON.stringify([r1, r2])}`);
  return { k1, k2, s1, s2, s3 };
}
