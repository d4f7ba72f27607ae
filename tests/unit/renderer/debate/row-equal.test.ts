import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../src/renderer/src/data/types';
import type { QuestionRowProps } from '../../../../src/renderer/src/features/debate/QuestionRow';
import { sameRowContent } from '../../../../src/renderer/src/features/debate/row-equal';

const question = (over: Partial<Question> = {}): Question => ({
  id: 'q1',
  screeningId: 's1',
  text: 'Lan moo xew ?',
  language: 'wo',
  status: 'pending',
  statusAt: { pending: '2026-12-01T20:00:00.000Z' },
  rev: 1,
  createdAt: '2026-12-01T20:00:00.000Z',
  updatedAt: '2026-12-01T20:00:00.000Z',
  ...over,
});

const merge = {} as QuestionRowProps['merge']['merge'];
const moderate = {} as QuestionRowProps['moderate'];
const topics = { list: [], label: () => '' } as unknown as QuestionRowProps['topics'];
const props = (over: Partial<QuestionRowProps> = {}): QuestionRowProps => ({
  question: question(),
  selected: false,
  dismissing: false,
  panelists: ['Awa', 'Moussa'],
  topics,
  moderate,
  merge: { merge, asked: 1, group: undefined },
  flags: [],
  armed: false,
  onArm: () => {},
  onSelect: () => {},
  onDismissAsk: () => {},
  position: { at: 1, of: 10 },
  ...over,
});

describe('a queue row redrawn only when what it shows changes', () => {
  it('is the same for the same question read again (new objects, new callbacks, another place in the list)', () => {
    const again = props({
      question: question(),
      panelists: ['Awa', 'Moussa'],
      merge: { merge, asked: 1, group: undefined },
      flags: [],
      onArm: () => {},
      position: { at: 3, of: 11 },
      selected: true,
    });
    expect(sameRowContent(props(), again)).toBe(true);
    const grouped = [question(), question({ id: 'q2' })];
    expect(
      sameRowContent(
        props({ merge: { merge, asked: 1, group: grouped }, flags: [{ start: 0, end: 3 }] }),
        props({ merge: { merge, asked: 1, group: grouped.map((q) => ({ ...q })) }, flags: [{ start: 0, end: 3 }] }),
      ),
    ).toBe(true);
  });

  it('is redrawn when the question is revised, or anything the row shows changes', () => {
    const base = props();
    const changed: Partial<QuestionRowProps>[] = [
      { question: question({ rev: 2, status: 'approved', updatedAt: '2026-12-01T20:01:00.000Z' }) },
      { dismissing: true },
      { armed: true },
      { panelists: ['Awa'] },
      { topics: { ...topics, list: [{ id: 'work' }] } },
      { moderate: {} as QuestionRowProps['moderate'] },
      { merge: { merge: {} as QuestionRowProps['merge']['merge'], asked: 1, group: undefined } },
      { merge: { merge, asked: 2, group: undefined } },
      { merge: { merge, asked: 1, group: [question(), question({ id: 'q2' })] } },
      { flags: [{ start: 0, end: 3 }] },
    ];
    for (const over of changed)
      expect(sameRowContent(base, props(over)), JSON.stringify(Object.keys(over))).toBe(false);
  });
});
