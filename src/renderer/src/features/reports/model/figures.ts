import type { ContentLang, Pledge, PledgeKind, QuestionStatus } from '../../../data/types';
import { keyed, sumsOf, wasProjected, type Bag } from '../../../data/question-sums';
import type { ScreeningRecords, SummedRecords } from '../../../data/repos/reports';
import { QUESTION_SOURCES, topicsOf } from '@shared/records/constants';
import type { QuestionSource, Topic } from '@shared/records';
import { pollFigures } from '@shared/polls/results';
import { filmFigures, phaseSpans } from './spans';
import { questionTimeline } from './timeline';
import {
  CONTENT_LANGS,
  PLEDGE_KINDS,
  QUESTION_STATUSES,
  type ContactRow,
  type ProjectedQuestion,
  type ScreeningFigures,
} from './types';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Contact details count only with a recorded consent (text version and time). */
const hasConsent = (p: Pledge): boolean => !!(p.contact && p.contact.consentVersion && p.contact.consentAt);

/** Counts one more `k`; a value outside the listed keys is not counted. */
const add = <K extends string>(counts: Record<K, number>, k: K) => {
  if (k in counts) counts[k] += 1;
};

const countBy = <T, K extends string>(items: readonly T[], keys: readonly K[], key: (t: T) => K) => {
  const out = zeros(keys);
  for (const it of items) add(out, key(it));
  return out;
};

/**
 * What the figures are made from: a screening's records with, instead of all its
 * questions, their sums (kept as they are written: data/question-sums.ts) and the few
 * questions the report prints (those projected, those voted on; any others are ignored).
 */
export type FigureSource = SummedRecords;

/** The figure source of records read in full (exports, tests): the same sums, made from the rows. */
export const sourceOfRecords = (records: ScreeningRecords): FigureSource => ({
  ...records,
  sums: sumsOf(records.questions),
});

/** Every figure of one screening, from its records alone (pure, deterministic). */
export function screeningFigures(from: ScreeningRecords | FigureSource): ScreeningFigures {
  const records = 'sums' in from ? from : sourceOfRecords(from);
  const { screening: s, pledges, events, sums } = records;
  const total = sums.counts.total ?? 0;
  const a = s.attendance;
  const withConsent = pledges.filter(hasConsent).length;
  return {
    screeningId: s.id,
    kioskId: s.kioskId,
    date: s.date,
    place: { ...s.place },
    phase: s.phase,
    facilitators: [...s.facilitators],
    panelists: [...s.panelists],
    startedAt: s.startedAt ?? null,
    endedAt: s.endedAt ?? null,
    phases: phaseSpans(events, s.phase),
    film: filmFigures(events),
    // Women/men and youth/adults tally the same people twice; the larger sum is who was reached.
    attendance: { ...a, reached: Math.max(a.women + a.men, a.youth + a.adults) },
    questions: { ...questionCounts(sums.counts, total, topicsOf(s)), ...mergeFigures(sums.counts, total) },
    timeline: questionTimeline(total, sums.times, events),
    pledges: {
      total: pledges.length,
      byKind: countBy<(typeof pledges)[number], PledgeKind>(pledges, PLEDGE_KINDS, (p) => p.kind),
      withConsent,
      withoutConsent: pledges.length - withConsent,
      fromPhone: pledges.filter((p) => p.source === 'phone').length,
    },
    votes: voteFigures(records),
    notes: s.notes,
    polls: pollFigures(records.polls ?? [], records.pollAnswers ?? []),
  };
}

/**
 * The questions' counts from their sums: by status, language, source and topic (each
 * topic of the evening's list, in its order), spoken or typed, projected.
 */
function questionCounts(counts: Bag, total: number, topics: readonly Topic[]) {
  const byStatus = zeros<QuestionStatus>(QUESTION_STATUSES);
  const byLanguage = zeros<ContentLang>(CONTENT_LANGS);
  const bySource = zeros<QuestionSource>(QUESTION_SOURCES);
  // A value outside the listed keys is not counted.
  const fill = <K extends string>(into: Record<K, number>, name: string) => {
    for (const { rest, n } of keyed(counts, name)) if (rest[0]! in into) into[rest[0] as K] += n;
  };
  fill(byStatus, 'status');
  fill(byLanguage, 'lang');
  fill(bySource, 'source');
  const tagged = new Map(keyed(counts, 'topic').map(({ rest, n }) => [rest[0]!, n]));
  const spoken = counts.spoken ?? 0;
  return {
    total,
    byStatus,
    byLanguage,
    spoken,
    typed: total - spoken,
    fromFloor: bySource.floor,
    bySource,
    byTopic: topics.map((topic) => ({ topic, count: tagged.get(topic.id) ?? 0 })),
    projected: keyed(counts, 'projected').length,
  };
}

/**
 * Merged duplicates: `total` counts everyone who asked (a merged duplicate is still a
 * person's question); `distinct` the questions left once duplicates are merged, of which
 * `askedMoreThanOnce` kept at least one duplicate.
 */
function mergeFigures(counts: Bag, total: number) {
  const merged = keyed(counts, 'merged').map(({ rest }) => rest[0]!);
  const into = new Map(keyed(counts, 'into').map(({ rest }) => [rest[0]!, rest[1]!]));
  // The question a duplicate ended in, following merges of merged questions (no cycles: a target is never merged).
  const rootOf = (id: string) => {
    let cur = id;
    for (let hops = 0; into.get(cur) && hops < total; hops++) cur = into.get(cur)!;
    return cur;
  };
  return {
    distinct: total - merged.length,
    askedMoreThanOnce: new Set(merged.map(rootOf)).size,
  };
}

/** How many "me too" votes on the screening's questions, and the (at most 5) questions with the most, most first. */
function voteFigures({ questions, votes = [] }: FigureSource): ScreeningFigures['votes'] {
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v.questionId, (counts.get(v.questionId) ?? 0) + 1);
  const top = questions
    .filter((q) => counts.has(q.id))
    .map((q) => ({ id: q.id, text: q.text, votes: counts.get(q.id)! }))
    .sort((x, y) => y.votes - x.votes || x.id.localeCompare(y.id))
    .slice(0, 5);
  // A vote counts only on a question of this screening (the collector refuses foreign ones).
  const total = questions.reduce((sum, q) => sum + (counts.get(q.id) ?? 0), 0);
  return { total, top };
}

/** The questions that reached the stage, in the order they were projected. */
export function projectedQuestions({ questions }: Pick<FigureSource, 'questions'>): ProjectedQuestion[] {
  return questions
    .filter((q) => wasProjected(q.statusAt))
    .map((q) => ({
      id: q.id,
      text: q.text,
      language: q.language,
      spoken: !!q.audioHash,
      projectedAt: q.statusAt.on_stage ?? q.statusAt.answered!,
      answered: q.status === 'answered',
    }))
    .sort((x, y) => x.projectedAt.localeCompare(y.projectedAt) || x.id.localeCompare(y.id));
}

/**
 * Contact details of pledges whose consent was recorded (version and time). Called only
 * when the exporter chose to include them; everything else leaves them out.
 */
export function consentedContacts({ pledges }: ScreeningRecords): ContactRow[] {
  return pledges.filter(hasConsent).map((p) => ({
    pledgeId: p.id,
    kind: p.kind,
    name: p.contact!.name,
    phone: p.contact!.phone,
    consentVersion: p.contact!.consentVersion,
    consentAt: p.contact!.consentAt,
  }));
}
