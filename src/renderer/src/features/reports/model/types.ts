import type { QuestionSource, Topic } from '@shared/records';
import type { PollFigures } from '@shared/polls/results';
import type { Attendance, ContentLang, Phase, Place, PledgeKind, QuestionStatus } from '../../../data/types';

// The lists are the data module's; the report reads them from here with its own types.
export { CONTENT_LANGS, PLEDGE_KINDS, QUESTION_STATUSES } from '../../../data/types';
/** Phases that have a duration (`closed` is an end, not a span). */
export const TIMED_PHASES = ['setup', 'screening', 'debate', 'pledges'] as const;
export type TimedPhase = (typeof TIMED_PHASES)[number];

export interface PhaseSpan {
  phase: TimedPhase;
  /** Seconds spent in the phase in all (a phase may be re-entered). */
  seconds: number;
  /** True when the screening is still in this phase: its span is not final. */
  ongoing: boolean;
}

export interface FilmFigures {
  /** Seconds of the film that were actually shown (overlaps counted once). */
  playedSec: number;
  durationSec: number | null;
  /** 0–100, whole, when the film's length is known. */
  percent: number | null;
  reachedEnd: boolean;
}

export interface TimelineBin {
  /** Minutes from the start of the debate to the start of this bin. */
  startMin: number;
  count: number;
}

/**
 * The figures of one screening: every number the report prints, and what its digest
 * covers. Times are the device's own; `clockOffsetMs` (device − collector, not digested:
 * it is learned later at sync) says how to correct them.
 */
export interface ScreeningFigures {
  screeningId: string;
  kioskId: string;
  date: string;
  place: Place;
  phase: Phase;
  facilitators: string[];
  panelists: string[];
  startedAt: string | null;
  endedAt: string | null;
  phases: PhaseSpan[];
  film: FilmFigures;
  attendance: Attendance & { reached: number };
  questions: {
    total: number;
    byStatus: Record<QuestionStatus, number>;
    byLanguage: Record<ContentLang, number>;
    spoken: number;
    typed: number;
    /** Asked aloud in the hall and logged by the facilitator. */
    fromFloor: number;
    /** Where each question came from: the kiosk, an attendee's phone, the floor. */
    bySource: Record<QuestionSource, number>;
    projected: number;
    /** Questions left once duplicates are merged (`total` counts everyone who asked). */
    distinct: number;
    /** Of those, how many had duplicates merged into them. */
    askedMoreThanOnce: number;
    /** The evening's topics in list order, with how many questions were tagged with each. */
    byTopic: { topic: Topic; count: number }[];
  };
  timeline: { binMinutes: number; bins: TimelineBin[] };
  pledges: {
    total: number;
    byKind: Record<PledgeKind, number>;
    withConsent: number;
    withoutConsent: number;
    /** Made on an attendee's phone (the rest on the kiosk). */
    fromPhone: number;
  };
  /** "Me too" votes from phones: how many, and the questions with the most (at most 5). */
  votes: { total: number; top: VotedQuestion[] };
  notes: string;
  /** Every poll with its results, and each before/after pair with its change (counted per visit). */
  polls: PollFigures;
}

export interface VotedQuestion {
  id: string;
  text: string;
  votes: number;
}

export interface ProjectedQuestion {
  id: string;
  text: string;
  language: ContentLang;
  spoken: boolean;
  projectedAt: string;
  answered: boolean;
}

/** Consented contact details; present in a report only when the exporter chose them. */
export interface ContactRow {
  pledgeId: string;
  kind: PledgeKind;
  name: string;
  phone: string;
  consentVersion: string;
  consentAt: string;
}

export interface ScreeningReport {
  figures: ScreeningFigures;
  digest: string;
  clockOffsetMs: number | null;
  projected: ProjectedQuestion[];
  /** null: the exporter left contact details out. */
  contacts: ContactRow[] | null;
}
