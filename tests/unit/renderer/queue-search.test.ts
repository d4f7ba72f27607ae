import { beforeEach, describe, expect, it } from 'vitest';
import { KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { moderate, submitQuestion } from '../../../src/renderer/src/data/repos/questions';
import { queuePage, type QueueQuery } from '../../../src/renderer/src/data/repos/queue-search';

beforeEach(() => setDbForTests(new KioskDB(`queue-search-${newId()}`)));

const ask = (text: string) => submitQuestion({ screeningId: 's1', text, language: 'wo' });
const page = async (over: Partial<QueueQuery>) =>
  (
    await queuePage('s1', {
      status: 'pending',
      search: '',
      order: 'oldest',
      topic: null,
      topicIds: [],
      limit: 50,
      ...over,
    })
  ).rows.map((q) => q.text);

describe('searching and sorting the queue', () => {
  it('finds questions as typed without accents or case, keeps ŋ apart, and counts the matches', async () => {
    for (const t of ['Ñaata la visa bi di jar ?', 'Ŋaayoo bi, lan la ?', 'Pourquoi partir à l’étranger ?', 'Naata ?'])
      await ask(t);
    expect(await page({ search: 'NAATA' })).toEqual(['Ñaata la visa bi di jar ?', 'Naata ?']);
    expect(await page({ search: 'ŋaayoo' })).toEqual(['Ŋaayoo bi, lan la ?']);
    expect(await page({ search: 'naayoo' })).toEqual([]);
    expect(await page({ search: 'etranger partir' })).toEqual(['Pourquoi partir à l’étranger ?']);
    const found = await queuePage('s1', {
      status: 'pending',
      search: 'a',
      order: 'newest',
      topic: null,
      topicIds: [],
      limit: 2,
    });
    expect(found.total).toBe(4);
    expect(found.rows.map((q) => q.text)).toEqual(['Naata ?', 'Pourquoi partir à l’étranger ?']);
  });

  it('searches one status at a time, and a search for markup or regex characters is literal', async () => {
    const a = await ask('Le prix (en CFA) ?');
    await ask('Le prix en CFA ?');
    await moderate(a.id, 'approve');
    expect(await page({ search: '(en' })).toEqual([]);
    expect(await page({ status: 'approved', search: '(en' })).toEqual(['Le prix (en CFA) ?']);
    expect(await page({ search: '.*' })).toEqual([]);
    expect(await page({ search: '<script>' })).toEqual([]);
    expect(await page({ order: 'newest' })).toEqual(['Le prix en CFA ?']);
  });
});
