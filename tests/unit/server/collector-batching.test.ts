import { describe, expect, test } from 'vitest';
import { databaseUrl, KINDS, useCollector, usePostgresCluster } from './dialects';
import { batch, changes, event, pledge, question, screening } from './fixtures';
import { call, enrollDevice, startCollector, storedRecords, type Collector } from './harness';

usePostgresCluster();

/** Every stored column of every record, sorted: a resent batch must leave it byte for byte. */
async function everything(c: Collector) {
  const rows = await c.conn.db.selectFrom('records').selectAll().orderBy('tbl').orderBy('id').execute();
  return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as unknown }));
}

const post = (c: Collector, token: string, body: unknown) => call(c, 'POST', '/v1/batches', token, body);

/** Kiosks A and B enrolled; A's screening and question stored; a screening of B's, not sent yet. */
async function kioskAHoldsAQuestion(c: Collector) {
  const a = await enrollDevice(c, 'KIOSK-A');
  const b = await enrollDevice(c, 'KIOSK-B');
  const sa = screening('KIOSK-A');
  const qa = question(sa.id);
  await post(c, a.token, batch([...changes('screenings', [sa], 1), ...changes('questions', [qa], 2)]));
  return { b, qa, sb: screening('KIOSK-B') };
}

describe.each(KINDS)('collector batches on %s', (kind) => {
  const collector = useCollector(kind);

  test('a full batch of 1,000 sent again changes no stored column, and the next one of the same size stores its own values', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const first = [
      ...changes('screenings', [s], 1),
      ...changes(
        'events',
        Array.from({ length: 999 }, () => event(s.id)),
        2,
      ),
    ];
    expect((await post(c, dev.token, batch(first))).body).toMatchObject({ applied: 1000, lastSeq: 1000 });
    const before = await everything(c);
    expect((await post(c, dev.token, batch(first))).body).toMatchObject({ applied: 0, lastSeq: 1000 });
    expect(await everything(c)).toEqual(before);

    // Same row count, other records: the statement is reused, the values must be the new ones.
    const second = changes(
      'questions',
      Array.from({ length: 1000 }, (_, i) => question(s.id, { text: `Laaj ${i}` })),
      1001,
    );
    expect((await post(c, dev.token, batch(second))).body).toMatchObject({ applied: 1000, lastSeq: 2000 });
    const held = await everything(c);
    expect(held).toHaveLength(2000);
    const texts = held.filter((r) => r.tbl === 'questions').map((r) => (r.payload as { text: string }).text);
    expect(new Set(texts).size).toBe(1000);
    expect(texts).toContain('Laaj 999');
  });

  test('one record several times in a batch is stored once, at its highest revision, whatever the order', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const q = question(s.id);
    const revs = [1, 3, 2].map((rev) => ({ ...q, rev, text: `revision ${rev}` }));
    const list = [...changes('screenings', [s], 1), ...changes('questions', revs, 2)];
    expect((await post(c, dev.token, batch(list))).body).toMatchObject({ applied: 2, lastSeq: 4 });
    const row = (await everything(c)).find((r) => r.id === q.id);
    expect(row).toMatchObject({ rev: 3, payload: { text: 'revision 3' } });
    // The same revision twice: the later copy in the batch is the one kept.
    const copies = [
      { ...q, rev: 4, text: 'first copy' },
      { ...q, rev: 4, text: 'second copy' },
    ];
    const twice = changes('questions', copies, 5);
    await post(c, dev.token, batch(twice));
    expect((await everything(c)).find((r) => r.id === q.id)).toMatchObject({
      rev: 4,
      payload: { text: 'second copy' },
    });
  });

  test('a batch mixing new records, older revisions and the same id in two tables applies only what is newer', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const q = question(s.id);
    const p = pledge(s.id, { id: q.id }); // ids are unique per table, not across tables
    await post(c, dev.token, batch([...changes('screenings', [s], 1), ...changes('questions', [{ ...q, rev: 5 }], 2)]));
    const older = { ...q, rev: 4, text: 'older' };
    const newer = { ...s, rev: 2, notes: 'newer' };
    const mixed = [
      ...changes('questions', [older], 3),
      ...changes('pledges', [p], 4),
      ...changes('screenings', [newer], 5),
      ...changes('events', [event(s.id)], 6),
    ];
    expect((await post(c, dev.token, batch(mixed))).body).toMatchObject({ applied: 3, lastSeq: 6 });
    const held = await everything(c);
    expect(held.find((r) => r.tbl === 'questions')).toMatchObject({ rev: 5, payload: { text: q.text } });
    expect(held.find((r) => r.tbl === 'pledges')).toMatchObject({ id: q.id, rev: 1 });
    expect(held.find((r) => r.tbl === 'screenings')).toMatchObject({ rev: 2, payload: { notes: 'newer' } });
  });

  test('one foreign record in a big batch refuses the whole batch and stores none of it', async () => {
    const c = collector();
    const { b, qa, sb } = await kioskAHoldsAQuestion(c);
    const events = Array.from({ length: 600 }, () => event(sb.id));
    const list = [...changes('screenings', [sb], 1), ...changes('events', events, 2)];
    const moved = { ...qa, rev: 2, screeningId: sb.id };
    list.splice(450, 0, ...changes('questions', [moved], 999));
    const before = await storedRecords(c);
    expect((await post(c, b.token, batch(list))).status).toBe(403);
    expect(await storedRecords(c)).toEqual(before);
  });

  test("another kiosk's record sent at its own revision is refused, not taken for a resend", async () => {
    const c = collector();
    const { b, qa, sb } = await kioskAHoldsAQuestion(c);
    const before = await storedRecords(c);
    // Nothing in it is newer than what is held for A's question: the upsert alone would store B's screening and say so.
    const copy = { ...qa, screeningId: sb.id };
    const r = await post(c, b.token, batch([...changes('screenings', [sb], 1), ...changes('questions', [copy], 2)]));
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ error: 'forbidden_record', message: `questions ${qa.id} belongs to another kiosk` });
    expect(await storedRecords(c)).toEqual(before);
  });

  test('a batch partly stored already reports and logs just the records it stored', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const held = Array.from({ length: 300 }, () => event(s.id));
    await post(c, dev.token, batch([...changes('screenings', [s], 1), ...changes('events', held, 2)]));
    const fresh = Array.from({ length: 450 }, () => event(s.id));
    const resent = [...changes('events', held, 2), ...changes('events', fresh, 302)];
    expect((await post(c, dev.token, batch(resent))).body).toMatchObject({ applied: 450, lastSeq: 751 });
    const log = await c.conn.db.selectFrom('sync_log').select(['changes', 'applied']).orderBy('last_seq').execute();
    expect(log.map((l) => [Number(l.changes), Number(l.applied)])).toEqual([
      [301, 301],
      [750, 450],
    ]);
    expect(await storedRecords(c)).toHaveLength(751);
  });

  test('contacts held for pledges whose later revisions come purged are kept, each its own', async () => {
    const c = collector();
    const dev = await enrollDevice(c, 'KIOSK-A');
    const s = screening('KIOSK-A');
    const contact = (name: string) => ({ name, phone: '+221770000000', consentVersion: 'v1', consentAt: s.createdAt });
    const pledges = ['Awa', 'Fatou', 'Moussa'].map((n) =>
      pledge(s.id, { contact: contact(n), followUp: 'to_contact' }),
    );
    await post(c, dev.token, batch([...changes('screenings', [s], 1), ...changes('pledges', pledges, 2)]));
    const purgedAt = new Date(Date.UTC(2026, 8, 1)).toISOString();
    const later = pledges.map(({ contact: _gone, ...p }: Record<string, unknown> & { id: string }) => ({
      ...p,
      rev: 2,
      contactPurgedAt: purgedAt,
    }));
    expect((await post(c, dev.token, batch(changes('pledges', later, 5)))).body).toMatchObject({ applied: 3 });
    const held = (await everything(c)).filter((r) => r.tbl === 'pledges');
    const byName = held.map((r) => r.payload as { rev: number; contactPurgedAt?: string; contact?: { name: string } });
    expect(byName.map((p) => [p.rev, p.contactPurgedAt, p.contact?.name]).sort()).toEqual([
      [2, purgedAt, 'Awa'],
      [2, purgedAt, 'Fatou'],
      [2, purgedAt, 'Moussa'],
    ]);
  });
});

/** Quotes, backslashes (one that looks like an escape), control characters, emoji, Wolof letters, a lone surrogate. */
const HOSTILE = `Mu ne "déedéet", 'waaw' \\ C:\\dossier\\ \\u0000 \\n NUL\u0000 bell\u0007 esc\u001b[31m C1\u0085 😀👍🏾 ŋ Ŋ ñ ë \u2028 fin\r\nligne\ttab`;
/** The same, as stored: control characters stripped, a carriage return made a line break. */
const HOSTILE_HELD = `Mu ne "déedéet", 'waaw' \\ C:\\dossier\\ \\u0000 \\n NUL bell esc[31m C1 😀👍🏾 ŋ Ŋ ñ ë \u2028 fin\nligne\ttab`;
const LONE = 'moitié \ud83d d’emoji';

/**
 * One kiosk's evening sent as a flaky network delivers it: a batch, the same batch again,
 * a batch overlapping it (two records resent at the same revision, one changed, one new),
 * and that batch again. Returns every stored column but the device and the arrival time.
 */
function flakyEvening() {
  const s = screening('KIOSK-A', 1, { notes: HOSTILE });
  const [q1, q2, q3] = [HOSTILE, LONE, 'ŋ'].map((text) => question(s.id, { text }));
  const q4 = question(s.id, { text: `nouveau ${HOSTILE}` });
  const changed = { ...q1!, rev: 2, text: `changée ${HOSTILE}`, status: 'answered' };
  const first = batch([...changes('screenings', [s], 1), ...changes('questions', [q1!, q2!, q3!], 2)]);
  const overlap = batch([...changes('questions', [q2!, q3!], 3), ...changes('questions', [changed, q4], 5)]);
  return { ids: { s: s.id, q1: q1!.id, q2: q2!.id, q3: q3!.id, q4: q4.id }, sends: [first, first, overlap, overlap] };
}

async function sendEvening(c: Collector, evening: ReturnType<typeof flakyEvening>) {
  const dev = await enrollDevice(c, 'KIOSK-A');
  const answers = [];
  for (const body of evening.sends) answers.push((await post(c, dev.token, body)).body);
  const rows = await c.conn.db.selectFrom('records').selectAll().orderBy('tbl').orderBy('id').execute();
  return { dev, answers, rows };
}

describe('the same batches on SQLite and PostgreSQL', () => {
  test('a resent, overlapping and changed batch of hostile text leaves the same rows, byte for byte, on both', async () => {
    const evening = flakyEvening();
    const held: Record<string, Awaited<ReturnType<typeof sendEvening>>> = {};
    for (const kind of KINDS) {
      const c = await startCollector(await databaseUrl(kind));
      try {
        held[kind] = await sendEvening(c, evening);
      } finally {
        await c.close();
      }
    }
    const { sqlite, postgres } = held as Record<'sqlite' | 'postgres', Awaited<ReturnType<typeof sendEvening>>>;
    for (const { dev, answers, rows } of [sqlite, postgres]) {
      expect(answers).toMatchObject([
        { applied: 4, lastSeq: 4 },
        { applied: 0, lastSeq: 4 },
        { applied: 2, lastSeq: 6 },
        { applied: 0, lastSeq: 6 },
      ]);
      expect(rows.map((r) => [r.tbl, r.id, r.rev])).toEqual([
        ['questions', evening.ids.q1, 2],
        ['questions', evening.ids.q2, 1],
        ['questions', evening.ids.q3, 1],
        ['questions', evening.ids.q4, 1],
        ['screenings', evening.ids.s, 1],
      ]);
      for (const r of rows) {
        expect(r).toMatchObject({ kiosk_id: 'KIOSK-A', device_id: dev.deviceId, screening_id: evening.ids.s });
        // Compact JSON, exactly as JSON.stringify writes it (no spaces, no other escaping).
        expect(r.payload).toBe(JSON.stringify(JSON.parse(r.payload)));
      }
      const text = (id: string) => (JSON.parse(rows.find((r) => r.id === id)!.payload) as { text: string }).text;
      expect(text(evening.ids.q1)).toBe(`changée ${HOSTILE_HELD}`);
      expect(text(evening.ids.q2)).toBe(LONE);
      expect(text(evening.ids.q4)).toBe(`nouveau ${HOSTILE_HELD}`);
      const notes = JSON.parse(rows.find((r) => r.id === evening.ids.s)!.payload) as { notes: string };
      expect(notes.notes).toBe(HOSTILE_HELD);
    }
    const own = ({ tbl, id, rev, payload, screening_id, kiosk_id }: (typeof sqlite.rows)[number]) =>
      [tbl, id, rev, payload, screening_id, kiosk_id] as const;
    expect(postgres.rows.map(own)).toEqual(sqlite.rows.map(own));
  });
});
