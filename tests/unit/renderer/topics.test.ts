import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_TOPICS, screeningSchema, topicsOf, type Topic } from '@shared/records';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { submitQuestion } from '../../../src/renderer/src/data/repos/questions';
import { queuePage } from '../../../src/renderer/src/data/repos/queue-search';
import { createScreening, getScreening } from '../../../src/renderer/src/data/repos/screenings';
import { addTopic, removeTopic, toggleTopic, TopicRejected } from '../../../src/renderer/src/data/repos/topics';

beforeEach(() => setDbForTests(new KioskDB(`topics-test-${newId()}`)));

const label = (t: Topic) => t.label ?? `builtin:${t.id}`;
const evening = () =>
  createScreening({
    place: { town: 'Louga', venue: 'Foyer', region: 'Louga', country: 'Sénégal' },
    date: '2026-12-01',
    facilitators: ['Awa'],
    panelists: [],
    filmId: 'sample',
  });
const problemOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof TopicRejected ? e.problem : e),
  );

describe('the evening’s topics', () => {
  it('start with the campaign’s set; the facilitator adds and removes one, audited and synced', async () => {
    const s = await evening();
    expect(topicsOf(s).map((t) => t.id)).toEqual([...BUILTIN_TOPICS]);
    const mine = await addTopic(s.id, '  Le visa  ', label);
    expect(mine.label).toBe('Le visa');
    // The same label folded (case, accents) is not added twice.
    expect(await addTopic(s.id, 'le VISA', label)).toEqual(mine);
    let now = (await getScreening(s.id))!;
    expect(topicsOf(now)).toHaveLength(6);
    expect(screeningSchema.safeParse(now).success).toBe(true);
    await removeTopic(s.id, 'family_pressure');
    now = (await getScreening(s.id))!;
    expect(topicsOf(now).map((t) => t.id)).not.toContain('family_pressure');
    const events = await db().events.where('[screeningId+type]').equals([s.id, 'topics']).sortBy('id');
    expect(events.map((e) => e.type === 'topics' && [e.data.action, e.data.topic.id])).toEqual([
      ['add', mine.id],
      ['remove', 'family_pressure'],
    ]);
  });

  it('refuses an empty topic, one of 500 characters, and a 31st one, with the reason, and keeps the list', async () => {
    const s = await evening();
    expect(await problemOf(addTopic(s.id, '   ', label))).toBe('empty');
    expect(await problemOf(addTopic(s.id, 'x'.repeat(500), label))).toBe('too_long');
    const results: unknown[] = [];
    for (let i = 0; i < 200; i++) results.push(await problemOf(addTopic(s.id, `Thème ${i}`, label)));
    expect(results.filter((r) => r === null)).toHaveLength(25);
    expect(results.filter((r) => r === 'list_full')).toHaveLength(175);
    expect(topicsOf((await getScreening(s.id))!)).toHaveLength(30);
  });

  it('tags and untags a question (audited), and the queue filters and sorts by topic', async () => {
    const s = await evening();
    const ask = (text: string) => submitQuestion({ screeningId: s.id, text, language: 'fr' });
    const a = await ask('Le bateau');
    const b = await ask('Le travail');
    await ask('Sans thème');
    await toggleTopic(a.id, 'journey_risks');
    await toggleTopic(b.id, 'work_money');
    await toggleTopic(b.id, 'journey_risks');
    expect((await toggleTopic(b.id, 'journey_risks')).topics).toEqual(['work_money']);
    const q = { status: 'pending' as const, search: '', order: 'oldest' as const, limit: 50 };
    const topicIds = [...BUILTIN_TOPICS];
    const texts = async (over: object) =>
      (await queuePage(s.id, { ...q, topic: null, topicIds, ...over })).rows.map((r) => r.text);
    expect(await texts({ topic: 'work_money' })).toEqual(['Le travail']);
    expect(await texts({ topic: 'journey_risks' })).toEqual(['Le bateau']);
    expect(await texts({ order: 'topic', topicIds: ['work_money', 'journey_risks'] })).toEqual([
      'Le travail',
      'Le bateau',
      'Sans thème',
    ]);
    const tags = await db().events.where('[screeningId+type]').equals([s.id, 'moderation']).toArray();
    expect(tags).toHaveLength(4);
  });
});
