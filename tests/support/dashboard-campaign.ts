import { addStaff } from '../../server/src/staff/accounts';
import { batch, changes, pledge, question, screening } from '../unit/server/fixtures';
import { call, enrollDevice, type Collector } from '../unit/server/harness';
import { staffCookie } from './staff-http';

export const STAFF = { email: 'bench.analyst@iom.int', password: 'Kédougou-mesures-2026', name: 'Bench' };
const LANGS = ['fr', 'wo', 'other'] as const;
const TOPICS = ['journey_risks', 'work_money', 'papers_legal', 'family_pressure', 'returnees_lives'];

/**
 * A campaign through the real sync API: `kiosks` kiosks with `perKiosk` screenings each
 * (dates across 2026), four questions (languages, topics, spoken ones) and a pledge (one in
 * three with consented contact details) per screening. Returns an analyst's session cookie.
 */
export async function seedCampaign(c: Collector, kiosks: number, perKiosk: number): Promise<string> {
  await addStaff(c.conn.db, { ...STAFF, role: 'analyst' });
  for (let k = 0; k < kiosks; k++) {
    const kioskId = `K${String(k).padStart(2, '0')}-bench`;
    const dev = await enrollDevice(c, kioskId);
    const ss = Array.from({ length: perKiosk }, (_, i) =>
      screening(kioskId, 1, {
        date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        place: { town: `Ville ${k % 10}`, venue: 'Salle', region: `Région ${k % 5}`, country: 'Sénégal' },
      }),
    );
    const qs = ss.flatMap((s, i) =>
      Array.from({ length: 4 }, (_, j) =>
        question(s.id, {
          language: LANGS[(i + j) % 3],
          topics: [TOPICS[(i + j) % TOPICS.length]!],
          ...(j === 0 ? { audioHash: 'a'.repeat(64), audioDurationSec: 12 } : {}),
        }),
      ),
    );
    const ps = ss.map((s, i) =>
      pledge(
        s.id,
        i % 3 ? {} : { contact: { name: 'Awa', phone: '+221770000000', consentVersion: 'v1', consentAt: s.createdAt } },
      ),
    );
    const all = [...changes('screenings', ss, 1), ...changes('questions', qs, 1 + ss.length)];
    all.push(...changes('pledges', ps, 1 + all.length));
    for (let i = 0; i < all.length; i += 1000) {
      const r = await call(c, 'POST', '/v1/batches', dev.token, batch(all.slice(i, i + 1000)));
      if (r.status !== 200) throw new Error(`seed: ${r.status} ${JSON.stringify(r.body)}`);
    }
  }
  return staffCookie(c.url, STAFF.email, STAFF.password);
}
