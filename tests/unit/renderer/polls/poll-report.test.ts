import { describe, expect, it } from 'vitest';
import type { Poll, PollAnswer } from '@shared/records';
import { familyChanges } from '@shared/polls/families';
import { familyRows, pollRows } from '@shared/polls/report-rows';
import { pollFigures } from '@shared/polls/results';
import { starterOptions } from '../../../../src/renderer/src/data/repos/poll-input';

const T = '2026-12-01T18:00:00.000Z';
const poll = (id: string, phase: Poll['phase'], pairedWith?: string): Poll => ({
  id,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  screeningId: 'S',
  kind: 'yes_no',
  phase,
  family: 'intention',
  language: 'fr',
  question: 'Partir sans papiers ?',
  options: starterOptions('yes_no', ['Oui', 'Non']),
  state: 'closed',
  revealed: true,
  onStage: false,
  ...(pairedWith && { pairedWith }),
});
const hands = (pollId: string, optionId: string, count: number): PollAnswer => ({
  id: `${pollId}-${optionId}`,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  screeningId: 'S',
  pollId,
  optionId,
  channel: 'hands',
  count,
});
const t = (k: string) => k;
const evening = (yesBefore: number, noBefore: number, yesAfter: number, noAfter: number) =>
  pollFigures(
    [poll('B', 'before'), poll('A', 'after', 'B')],
    [hands('B', 'o1', yesBefore), hands('B', 'o2', noBefore), hands('A', 'o1', yesAfter), hands('A', 'o2', noAfter)],
  );

describe('poll report rows and the cross-screening families', () => {
  it('rows carry n per channel, counts and % per option, and the pair change with n on both sides', () => {
    const rows = pollRows(evening(8, 2, 3, 7), t);
    const value = (indicator: string) => rows.find((r) => r[1] === indicator)?.[2];
    expect(value('poll.counting')).toBe('poll.perVisit');
    expect(value('Partir sans papiers ? (poll.phase.before) — n')).toBe(10);
    expect(value('Partir sans papiers ? (poll.phase.before) — n poll.channel.hands')).toBe(10);
    expect(value('Partir sans papiers ? (poll.phase.after) — Oui (%)')).toBe(30);
    expect(value('Partir sans papiers ? — poll.nBefore')).toBe(10);
    expect(value('Partir sans papiers ? — Oui — poll.change')).toBe(-50);
    expect(pollRows(pollFigures([], []), t)).toEqual([]);
  });

  it('families pool every screening’s pair: answers added, percentages from the pooled counts', () => {
    const families = familyChanges([evening(8, 2, 3, 7), evening(2, 8, 1, 9), pollFigures([], [])]);
    expect(families).toEqual([
      {
        family: 'intention',
        screenings: 2,
        nBefore: 20,
        nAfter: 20,
        options: [
          { before: 50, after: 20, change: -30 },
          { before: 50, after: 80, change: 30 },
        ],
      },
    ]);
    expect(familyRows(families, t)[0]).toEqual(['polls:family.intention', 'poll.screenings', 2]);
  });
});
