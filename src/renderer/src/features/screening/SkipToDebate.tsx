import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { writeErrorCode } from '../../data/errors';
import { finishFilm } from '../../data/repos/playback';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';

/** Ends the film early and opens the debate, after a confirmation (a stray tap must not). */
export function SkipToDebate({ screeningId }: { screeningId: string }) {
  const { t } = useTranslation('screening');
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const skip = () =>
    void finishFilm(screeningId, 'skipped').then(
      () => setAsking(false),
      (err: unknown) => setError(writeErrorCode(err)),
    );
  if (!asking)
    return (
      <div className="actions">
        <button type="button" onClick={() => setAsking(true)}>
          <LineIcon name="skip" /> {t('playback.skip')}
        </button>
      </div>
    );
  return (
    <div className="card confirm" role="alertdialog" aria-labelledby="skip-question">
      <p id="skip-question">{t('playback.skipConfirm')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={skip}>
          {t('playback.skipYes')}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {t('common:actions.cancel')}
        </button>
      </div>
      <ErrorMessage code={error} />
    </div>
  );
}
