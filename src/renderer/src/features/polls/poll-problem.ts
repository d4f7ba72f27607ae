import type { TFunction } from 'i18next';
import { writeErrorCode } from '../../data/errors';
import { PollRejected } from '../../data/repos/polls';

/** A refused or failed poll write, said plainly in the facilitator's (or attendee's) language. */
export function pollProblemText(err: unknown, t: TFunction, labels: Readonly<Record<string, string>> = {}): string {
  if (err instanceof PollRejected) {
    const n = typeof err.option === 'number' ? err.option + 1 : undefined;
    const label = typeof err.option === 'string' ? (labels[err.option] ?? err.option) : '';
    return t(`polls:problem.${err.problem}`, { n, label });
  }
  return t(`polls:problem.${writeErrorCode(err) === 'disk_full' ? 'disk_full' : 'io_error'}`);
}
