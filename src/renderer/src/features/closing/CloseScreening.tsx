import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { useNavigate } from '../../ui/navigation';
import { writeErrorCode } from '../../data/errors';
import { setPhase } from '../../data/repos/screenings';
import type { Screening } from '../../data/types';
import { formatDate } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { useLang } from '../../i18n/use-lang';

/**
 * Ends the evening after a confirmation (the phase becomes `closed`, recorded in the
 * audit trail), then offers the report.
 */
export function CloseScreening({ screening }: { screening: Screening }) {
  const { t } = useTranslation('closing');
  const lang = useLang();
  const go = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function close() {
    try {
      await setPhase(screening.id, 'closed');
      setConfirming(false);
      setError(null);
    } catch (err) {
      setError(writeErrorCode(err));
    }
  }

  if (screening.phase === 'closed')
    return (
      <section className="closing__end card">
        <p className="notice" role="status">
          {t('closedAt', { time: formatDate(screening.endedAt ?? '', lang, 'dateTime') })}
        </p>
        <button type="button" className="primary" onClick={() => go('console', 'reports')}>
          <LineIcon name="chart" />
          <span>{t('openReport')}</span>
        </button>
      </section>
    );

  return (
    <section className="closing__end card">
      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          <LineIcon name="flag" />
          <span>{t('close')}</span>
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="closing-confirm" className="closing__confirm">
          <p id="closing-confirm">{t('confirm')}</p>
          <button type="button" className="danger" onClick={() => void close()}>
            <LineIcon name="flag" />
            <span>{t('confirmYes')}</span>
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('common:actions.cancel')}
          </button>
        </div>
      )}
      <ErrorMessage code={error} />
    </section>
  );
}
