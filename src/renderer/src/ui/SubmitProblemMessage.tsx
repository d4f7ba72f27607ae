import { useTranslation } from 'react-i18next';
import type { SubmitProblem } from './submit-error';

/** Why a save did not happen, in the attendee's language; says the entry is still there. */
export function SubmitProblemMessage({ problem }: { problem: SubmitProblem | null }) {
  const { t } = useTranslation('attendee');
  if (!problem) return null;
  return (
    <p className="alert" role="alert">
      {t(`errors.${problem}`)}
    </p>
  );
}
