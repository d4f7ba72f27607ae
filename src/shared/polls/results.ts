import { ANSWER_CHANNELS } from '@shared/records/constants';
import type { AnswerChannel, Poll, PollAnswer } from '@shared/records';

/**
 * The poll model: counts per option and per channel, percentages, n, and the change
 * between a before/after pair. Pure and deterministic: the console, the stage, the
 * report and the collector all compute results here. Answers are counted per visit
 * (one kiosk answer per person-visit, one per phone, hands as typed), not per person.
 */

export type ChannelCounts = Record<AnswerChannel, number>;

export interface OptionResult {
  optionId: string;
  label: string;
  icon: Poll['options'][number]['icon'];
  byChannel: ChannelCounts;
  total: number;
  /** Share of all answers to the poll, 0–100 with one decimal; null when nobody answered. */
  percent: number | null;
}

export interface PollResult {
  pollId: string;
  question: string;
  kind: Poll['kind'];
  phase: Poll['phase'];
  family: Poll['family'] | null;
  language: Poll['language'];
  /** Answers per channel and in all. */
  n: ChannelCounts & { total: number };
  options: OptionResult[];
  /** For a 1–5 scale: the mean (1 = first face, 5 = last), one decimal; null otherwise or when empty. */
  mean: number | null;
}

const noCounts = (): ChannelCounts => ({ kiosk: 0, phone: 0, hands: 0 });
const oneDecimal = (x: number) => Math.round(x * 10) / 10;
export const percentOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : oneDecimal((part / whole) * 100);

/** One poll's results from its answers (answers of other polls, or for options it no longer has, are ignored). */
export function pollResult(poll: Poll, answers: readonly PollAnswer[]): PollResult {
  const byOption = new Map(poll.options.map((o) => [o.id, noCounts()]));
  for (const a of answers) {
    if (a.pollId !== poll.id) continue;
    const counts = byOption.get(a.optionId);
    if (counts) counts[a.channel] += a.count;
  }
  const n = noCounts();
  for (const c of byOption.values()) for (const ch of ANSWER_CHANNELS) n[ch] += c[ch];
  const total = n.kiosk + n.phone + n.hands;
  const options = poll.options.map((o): OptionResult => {
    const byChannel = byOption.get(o.id)!;
    const sum = byChannel.kiosk + byChannel.phone + byChannel.hands;
    return { optionId: o.id, label: o.label, icon: o.icon, byChannel, total: sum, percent: percentOf(sum, total) };
  });
  const mean =
    poll.kind === 'scale' && total > 0
      ? oneDecimal(options.reduce((s, o, i) => s + o.total * (i + 1), 0) / total)
      : null;
  return {
    pollId: poll.id,
    question: poll.question,
    kind: poll.kind,
    phase: poll.phase,
    family: poll.family ?? null,
    language: poll.language,
    n: { ...n, total },
    options,
    mean,
  };
}

export interface OptionChange {
  label: string;
  icon: OptionResult['icon'];
  before: number | null;
  after: number | null;
  /** Percentage points, after − before; null when either side has no answers. */
  change: number | null;
}

export interface PairChange {
  before: PollResult;
  after: PollResult;
  nBefore: number;
  nAfter: number;
  /** Option by option, matched by position (a pair has the same kind and number of options). */
  options: OptionChange[];
  /** For scales: the change of the mean, after − before. */
  meanChange: number | null;
}

/** The change between a "before" poll and the "after" poll paired with it. */
export function pairChange(before: PollResult, after: PollResult): PairChange {
  const options = after.options.map((o, i): OptionChange => {
    const b = before.options[i]?.percent ?? null;
    const a = o.percent;
    return {
      label: o.label,
      icon: o.icon,
      before: b,
      after: a,
      change: a === null || b === null ? null : oneDecimal(a - b),
    };
  });
  return {
    before,
    after,
    nBefore: before.n.total,
    nAfter: after.n.total,
    options,
    meanChange: before.mean === null || after.mean === null ? null : oneDecimal(after.mean - before.mean),
  };
}

export interface PollFigures {
  polls: PollResult[];
  pairs: PairChange[];
}

/**
 * Every poll of a screening (in the order made) and every before/after pair: an
 * "after" poll whose `pairedWith` names a "before" poll of the same shape.
 */
export function pollFigures(polls: readonly Poll[], answers: readonly PollAnswer[]): PollFigures {
  const sorted = [...polls].sort((a, b) => a.id.localeCompare(b.id));
  const byPoll = new Map<string, PollAnswer[]>();
  for (const a of answers) {
    const list = byPoll.get(a.pollId);
    if (list) list.push(a);
    else byPoll.set(a.pollId, [a]);
  }
  const results = new Map(sorted.map((p) => [p.id, pollResult(p, byPoll.get(p.id) ?? [])]));
  const pairs = sorted.flatMap((p) => {
    const before = p.pairedWith ? polls.find((x) => x.id === p.pairedWith) : undefined;
    if (!before || p.phase !== 'after' || before.phase !== 'before') return [];
    if (before.kind !== p.kind || before.options.length !== p.options.length) return [];
    return [pairChange(results.get(before.id)!, results.get(p.id)!)];
  });
  return { polls: [...results.values()], pairs };
}
