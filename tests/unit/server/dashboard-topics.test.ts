import { describe, expect, it } from 'vitest';
import type { ScreeningFigures } from '../../../src/renderer/src/features/reports/model/types';
import { topicCounts } from '../../../server/src/dashboard/topics';

type ByTopic = ScreeningFigures['questions']['byTopic'];
const evening = (byTopic: ByTopic) => ({ questions: { byTopic } }) as ScreeningFigures;

describe('questions by topic across screenings', () => {
  it('adds campaign topics by id and own topics by label, case and accents aside', () => {
    const counts = topicCounts([
      evening([
        { topic: { id: 'journey_risks' }, count: 2 },
        { topic: { id: 'a1', label: 'Visas et bourses' }, count: 1 },
      ]),
      evening([
        { topic: { id: 'journey_risks' }, count: 3 },
        { topic: { id: 'b7', label: 'VISAS ET BOURSES' }, count: 2 },
        { topic: { id: 'b8', label: 'Pêche' }, count: 0 },
      ]),
    ]);
    expect(counts.slice(0, 5).map((c) => [c.builtin, c.count])).toEqual([
      ['journey_risks', 5],
      ['work_money', 0],
      ['papers_legal', 0],
      ['family_pressure', 0],
      ['returnees_lives', 0],
    ]);
    // An own topic no question was tagged with is left out; the first spelling met is shown.
    expect(counts.slice(5)).toEqual([{ builtin: null, label: 'Visas et bourses', count: 3 }]);
  });

  it('shows the ten most asked own topics, most asked first', () => {
    const own = Array.from({ length: 14 }, (_, i) => ({ topic: { id: `o${i}`, label: `Sujet ${i}` }, count: i + 1 }));
    const counts = topicCounts([evening(own)]).filter((c) => !c.builtin);
    expect(counts.map((c) => c.count)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
  });
});
