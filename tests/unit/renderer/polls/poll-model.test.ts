import { describe, expect, it } from 'vitest';
import { pollSchema, pollAnswerSchema, type Poll, type PollAnswer } from '@shared/records';
import { pollFigures, pollResult } from '@shared/polls/results';
import {
  parseHands,
  pollDraftIssue,
  promptProblem,
  starterOptions,
} from '../../../../src/renderer/src/data/repos/poll-input';

const T = '2026-12-01T18:00:00.000Z';
const poll = (id: string, over: Partial<Poll> = {}): Poll => ({
  id,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  screeningId: 'S1',
  kind: 'yes_no',
  phase: 'any',
  language: 'fr',
  question: 'Le voyage est-il dangereux ?',
  options: starterOptions('yes_no', ['Oui', 'Non']),
  state: 'closed',
  revealed: false,
  onStage: false,
  ...over,
});
let seq = 0;
const answer = (pollId: string, optionId: string, channel: PollAnswer['channel'] = 'kiosk', count = 1): PollAnswer => ({
  id: `A${++seq}`,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  screeningId: 'S1',
  pollId,
  optionId,
  channel,
  count,
});

describe('poll results', () => {
  it('counts per option and per channel, with percentages of all answers and n per channel', () => {
    const p = poll('P1');
    const r = pollResult(p, [
      answer('P1', 'o1'),
      answer('P1', 'o1', 'phone'),
      answer('P1', 'o2'),
      answer('P1', 'o1', 'hands', 5),
      answer('P1', 'o2', 'hands', 2),
      answer('OTHER', 'o1', 'hands', 99),
      answer('P1', 'gone', 'kiosk'),
    ]);
    expect(r.n).toEqual({ kiosk: 2, phone: 1, hands: 7, total: 10 });
    expect(r.options.map((o) => [o.label, o.byChannel, o.total, o.percent])).toEqual([
      ['Oui', { kiosk: 1, phone: 1, hands: 5 }, 7, 70],
      ['Non', { kiosk: 1, phone: 0, hands: 2 }, 3, 30],
    ]);
    expect(r.mean).toBeNull();
  });

  it('an empty poll has n 0 and no percentages (not 0 %)', () => {
    const r = pollResult(
      poll('P1', { kind: 'scale', options: starterOptions('scale', ['1', '2', '3', '4', '5']) }),
      [],
    );
    expect(r.n.total).toBe(0);
    expect(r.options.every((o) => o.percent === null && o.total === 0)).toBe(true);
    expect(r.mean).toBeNull();
  });

  it('pairs a before and an after poll and gives the change in points with n on both sides', () => {
    const before = poll('P1', { phase: 'before' });
    const after = poll('P2', { phase: 'after', pairedWith: 'P1' });
    const lone = poll('P3', { phase: 'after' });
    const answers = [
      ...Array.from({ length: 3 }, () => answer('P1', 'o1')),
      ...Array.from({ length: 7 }, () => answer('P1', 'o2')),
      answer('P2', 'o1', 'hands', 12),
      answer('P2', 'o2', 'hands', 4),
    ];
    const f = pollFigures([after, lone, before], answers);
    expect(f.polls.map((p) => p.pollId)).toEqual(['P1', 'P2', 'P3']);
    expect(f.pairs).toHaveLength(1);
    const [pair] = f.pairs;
    expect([pair!.nBefore, pair!.nAfter]).toEqual([10, 16]);
    expect(pair!.options.map((o) => [o.label, o.before, o.after, o.change])).toEqual([
      ['Oui', 30, 75, 45],
      ['Non', 70, 25, -45],
    ]);
  });

  it('a pair with an empty side has no change, and a scale pair has a mean change', () => {
    const faces = starterOptions('scale', ['1', '2', '3', '4', '5']);
    const before = poll('P1', { phase: 'before', kind: 'scale', options: faces });
    const after = poll('P2', { phase: 'after', kind: 'scale', options: faces, pairedWith: 'P1' });
    const empty = pollFigures([before, after], [answer('P2', 'o5')]);
    expect(empty.pairs[0]!.options.every((o) => o.change === null)).toBe(true);
    expect(empty.pairs[0]!.meanChange).toBeNull();
    const f = pollFigures([before, after], [answer('P1', 'o2'), answer('P1', 'o4'), answer('P2', 'o5')]);
    expect(f.polls.map((p) => p.mean)).toEqual([3, 5]);
    expect(f.pairs[0]!.meanChange).toBe(2);
  });

  it('does not pair polls of a different shape or the wrong phases', () => {
    const before = poll('P1', { phase: 'before' });
    const choice = poll('P2', {
      phase: 'after',
      kind: 'choice',
      options: [...starterOptions('yes_no', ['a', 'b']), { id: 'o3', label: 'c', icon: 'unsure' }],
      pairedWith: 'P1',
    });
    const anyTime = poll('P3', { phase: 'any', pairedWith: 'P1' });
    expect(pollFigures([before, choice, anyTime], []).pairs).toEqual([]);
  });
});

describe('poll input rules', () => {
  const draft = { kind: 'choice' as const, phase: 'any' as const, language: 'fr' as const, question: 'Qui ?' };
  const options = (n: number, label = 'x') =>
    Array.from({ length: n }, (_, i) => ({ id: `o${i + 1}`, label, icon: 'unsure' as const }));

  it('refuses no options, 50 options, an empty or a 2,000-character option, and a yes/no with three', () => {
    expect(pollDraftIssue({ ...draft, options: [] })).toEqual({ problem: 'too_few_options' });
    expect(pollDraftIssue({ ...draft, options: options(50) })).toEqual({ problem: 'too_many_options' });
    expect(
      pollDraftIssue({ ...draft, options: [...options(2), { id: 'o3', label: 'é'.repeat(2000), icon: 'yes' }] }),
    ).toEqual({
      problem: 'option_long',
      option: 2,
    });
    expect(pollDraftIssue({ ...draft, options: options(3, '  ') })).toEqual({ problem: 'option_empty', option: 0 });
    expect(pollDraftIssue({ ...draft, kind: 'yes_no', options: options(3) })).toEqual({ problem: 'kind_options' });
    expect(pollDraftIssue({ ...draft, question: ' ', options: options(2) })).toEqual({ problem: 'question_empty' });
    expect(pollDraftIssue({ ...draft, options: options(6) })).toBeNull();
  });

  it('the shared contract refuses the same polls at the collector', () => {
    const ok = poll('P1');
    expect(pollSchema.safeParse(ok).success).toBe(true);
    expect(pollSchema.safeParse({ ...ok, options: [] }).success).toBe(false);
    expect(pollSchema.safeParse({ ...ok, kind: 'choice', options: options(50) }).success).toBe(false);
    expect(pollSchema.safeParse({ ...ok, options: options(3) }).success).toBe(false);
    expect(
      pollSchema.safeParse({ ...ok, options: [{ id: 'o1', label: 'x'.repeat(2000), icon: 'yes' }, ok.options[1]] })
        .success,
    ).toBe(false);
    expect(pollAnswerSchema.safeParse(answer('P1', 'o1', 'kiosk', 3)).success).toBe(false);
    expect(pollAnswerSchema.safeParse(answer('P1', 'o1', 'hands', 3)).success).toBe(true);
  });

  it('show-of-hands counts are whole numbers, together not above the attendance once counted', () => {
    expect(parseHands({ o1: '12', o2: ' 3 ', o3: '' }, 20)).toEqual({ ok: true, counts: { o1: 12, o2: 3, o3: 0 } });
    expect(parseHands({ o1: '2.5' }, 20)).toEqual({ ok: false, problem: 'not_whole', optionId: 'o1' });
    expect(parseHands({ o1: '-1' }, 20)).toEqual({ ok: false, problem: 'not_whole', optionId: 'o1' });
    expect(parseHands({ o1: 'dix' }, 20)).toEqual({ ok: false, problem: 'not_whole', optionId: 'o1' });
    expect(parseHands({ o1: '15', o2: '6' }, 20)).toEqual({ ok: false, problem: 'over_attendance' });
    expect(parseHands({ o1: '15', o2: '6' }, 0)).toEqual({ ok: true, counts: { o1: 15, o2: 6 } });
  });

  it('a voice prompt that is silent or ten minutes long is refused', () => {
    expect(promptProblem(3, 0)).toBe('silent');
    expect(promptProblem(600, 0.5)).toBe('too_long');
    expect(promptProblem(0.2, 0.5)).toBe('too_short');
    expect(promptProblem(4, 0.3)).toBeNull();
  });
});
