import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { readProblemDetail } from '@shared/subtitles';
import { ErrorMessage } from '../../ui/ErrorMessage';

export type Outcome =
  | { kind: 'added'; title: string; duration: string }
  | { kind: 'cancelled' }
  | { kind: 'unplayable'; title: string }
  | { kind: 'failed'; code: ErrorCode; detail?: string };

/** What came of an import, in the facilitator's language; a refusal says what to fix. */
export function ImportOutcome({ outcome }: { outcome: Outcome | null }) {
  const { t } = useTranslation('screening');
  if (!outcome) return null;
  if (outcome.kind === 'added')
    return (
      <p className="notice" role="status">
        {t('import.done', { title: outcome.title, duration: outcome.duration })}
      </p>
    );
  if (outcome.kind === 'cancelled')
    return (
      <p className="notice" role="status">
        {t('import.cancelled')}
      </p>
    );
  if (outcome.kind === 'unplayable')
    return (
      <p className="alert" role="alert">
        {t('import.unplayable', { title: outcome.title })}
      </p>
    );
  const problem = outcome.code === 'bad_subtitles' ? readProblemDetail(outcome.detail) : null;
  return (
    <>
      <ErrorMessage code={outcome.code} />
      {problem && (
        <p className="alert" role="alert">
          {t(`import.subtitleProblem.${problem.reason}`, { file: problem.file, line: problem.line })}
        </p>
      )}
    </>
  );
}
