import { EntryRejected } from '../data/repos/entry-text';
import { writeErrorCode } from '../data/errors';

/** The attendee-facing message key for a failed save (namespace `attendee`). */
export type SubmitProblem = 'empty' | 'too_long' | 'bad_phone' | 'no_consent' | 'disk_full' | 'io_error';

export function submitProblem(err: unknown): SubmitProblem {
  if (err instanceof EntryRejected) return err.problem;
  return writeErrorCode(err) === 'disk_full' ? 'disk_full' : 'io_error';
}
