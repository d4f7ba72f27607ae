import type { FlagSpan } from '@shared/word-filter';
import type { Question } from '../../data/types';
import type { QuestionRowProps } from './QuestionRow';

/**
 * Whether a queue row would draw the same inside as before, so React can skip it. Every
 * write to the questions re-reads the page, which hands back new objects for the same
 * rows: a question is the same when its revision is (every write bumps `rev`, see
 * data/write.ts), and the filter's words and the likely duplicates are compared by what
 * they hold. The callbacks are left out on purpose: the queue makes new ones each time,
 * but for the same question they do the same thing (they close over its id only).
 */
export function sameRowContent(a: QuestionRowProps, b: QuestionRowProps): boolean {
  return (
    sameQuestion(a.question, b.question) &&
    a.dismissing === b.dismissing &&
    a.armed === b.armed &&
    a.moderate === b.moderate &&
    a.panelists.join('\n') === b.panelists.join('\n') &&
    a.topics.list === b.topics.list &&
    a.topics.label === b.topics.label &&
    a.merge.merge === b.merge.merge &&
    a.merge.asked === b.merge.asked &&
    sameQuestions(a.merge.group, b.merge.group) &&
    sameSpans(a.flags, b.flags)
  );
}

const sameQuestion = (a: Question, b: Question) =>
  a === b || (a.id === b.id && a.rev === b.rev && a.updatedAt === b.updatedAt);

function sameQuestions(a: readonly Question[] | undefined, b: readonly Question[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((q, i) => sameQuestion(q, b[i]!));
}

function sameSpans(a: readonly FlagSpan[], b: readonly FlagSpan[]): boolean {
  return a === b || (a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end));
}
