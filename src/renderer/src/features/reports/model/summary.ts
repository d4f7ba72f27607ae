import type { Phase, Place } from '../../../data/types';
import { familyChanges, type FamilyChange } from '@shared/polls/families';
import { screeningTopicCounts, topicTotals, type TopicTotal } from './summary-topics';
import type { ScreeningFigures } from './types';

/** One screening as a row of the summary: the indicators IOM reports, nothing personal. */
export interface SummaryRow {
  screeningId: string;
  date: string;
  place: Place;
  phase: Phase;
  startedAt: string | null;
  durationSec: number;
  filmPercent: number | null;
  women: number;
  men: number;
  youth: number;
  adults: number;
  reached: number;
  questions: number;
  spoken: number;
  typed: number;
  fromFloor: number;
  projected: number;
  answered: number;
  pledges: number;
  shareMessage: number;
  ownStory: number;
  otherPledges: number;
  withConsent: number;
  /** Poll answers of the evening, every channel (counted per visit, hands as counted). */
  pollAnswers: number;
  /** Questions by topic (keyed as in `Summary.byTopic`), tagged topics only. */
  topics: Record<string, number>;
}

export type SummaryTotals = Omit<
  SummaryRow,
  'screeningId' | 'date' | 'place' | 'phase' | 'startedAt' | 'filmPercent' | 'topics'
> & {
  screenings: number;
  /** Screenings that got past setup: the film was started or the session moved on. */
  held: number;
};

export interface Summary {
  from: string;
  to: string;
  rows: SummaryRow[];
  totals: SummaryTotals;
  /** The built-in before/after families, pooled over the range. */
  pollFamilies: FamilyChange[];
  /** Questions by topic across the range's screenings (topics no question was tagged with left out). */
  byTopic: TopicTotal[];
}

export function summaryRow(f: ScreeningFigures): SummaryRow {
  return {
    screeningId: f.screeningId,
    date: f.date,
    place: f.place,
    phase: f.phase,
    startedAt: f.startedAt,
    durationSec: f.phases.reduce((sum, p) => sum + (p.phase === 'setup' ? 0 : p.seconds), 0),
    filmPercent: f.film.percent,
    ...f.attendance,
    questions: f.questions.total,
    spoken: f.questions.spoken,
    typed: f.questions.typed,
    fromFloor: f.questions.fromFloor,
    projected: f.questions.projected,
    answered: f.questions.byStatus.answered,
    pledges: f.pledges.total,
    shareMessage: f.pledges.byKind.share_message,
    ownStory: f.pledges.byKind.own_story,
    otherPledges: f.pledges.byKind.other,
    withConsent: f.pledges.withConsent,
    pollAnswers: f.polls.polls.reduce((sum, p) => sum + p.n.total, 0),
    topics: screeningTopicCounts(f),
  };
}

/** The counted indicators of a summary row, in print order, with their label's i18n key. */
export const COUNT_LABELS = {
  women: 'attendance.women',
  men: 'attendance.men',
  youth: 'attendance.youth',
  adults: 'attendance.adults',
  reached: 'doc.reached',
  questions: 'summary.questions',
  spoken: 'columns.spoken',
  typed: 'columns.typed',
  fromFloor: 'input.floor',
  projected: 'doc.projected',
  answered: 'columns.answered',
  pledges: 'summary.pledges',
  shareMessage: 'kind.share_message',
  ownStory: 'kind.own_story',
  otherPledges: 'kind.other',
  withConsent: 'columns.withConsent',
  pollAnswers: 'poll.answers',
} as const;
export type CountKey = keyof typeof COUNT_LABELS;
export const COUNT_KEYS = Object.keys(COUNT_LABELS) as CountKey[];

const SUMMED = ['durationSec', ...COUNT_KEYS] as const;

/** Rows (oldest first) and totals for a date range. */
export function summarize(from: string, to: string, figures: readonly ScreeningFigures[]): Summary {
  const sorted = [...figures].sort(
    (a, b) => a.date.localeCompare(b.date) || a.screeningId.localeCompare(b.screeningId),
  );
  const rows = sorted.map(summaryRow);
  const totals = Object.fromEntries(SUMMED.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as Record<
    (typeof SUMMED)[number],
    number
  >;
  const held = rows.filter(wasHeld).length;
  const pollFamilies = familyChanges(figures.map((f) => f.polls));
  const byTopic = topicTotals(sorted);
  return { from, to, rows, totals: { ...totals, screenings: rows.length, held }, pollFamilies, byTopic };
}

/** A screening took place (as opposed to being set up and never started). */
export const wasHeld = (r: SummaryRow): boolean => r.phase !== 'setup' || r.startedAt !== null;
