import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import { LineIcon } from '../../ui/LineIcon';
import { syncEngine, useSyncProgress } from './engine-instance';
import { SyncErrorText } from './SyncErrorText';
import { useSyncState } from './use-sync-state';
import { useLang } from '../../i18n/use-lang';

/** Pending changes, a progress bar while sending, last success and last error, and "sync now". */
export function SyncStatusCard() {
  const { t } = useTranslation('sync');
  const lang = useLang();
  const progress = useSyncProgress();
  const { pending, status, device } = useSyncState();
  const n = (v: number) => formatNumber(v, lang);
  const time = (iso: string) => formatDate(iso, lang, 'dateTime');
  const sending = progress.running && progress.total > 0;
  return (
    <section className="card sync-card" aria-labelledby="sync-status">
      <h3 id="sync-status">{t('status.title')}</h3>
      <p className="sync-card__pending" data-testid="sync-pending">
        {pending > 0 ? t('status.pending', { n: n(pending) }) : device ? t('status.none') : t('status.nothingPending')}
      </p>
      {sending ? (
        <div className="sync-progress">
          <progress
            max={progress.total}
            value={progress.sent}
            aria-label={t('status.progress')}
            aria-valuetext={t('status.progressText', { sent: n(progress.sent), total: n(progress.total) })}
          />
          <span>{t('status.progressText', { sent: n(progress.sent), total: n(progress.total) })}</span>
        </div>
      ) : null}
      <p data-testid="sync-last-success">
        {status.lastSuccessAt ? t('status.lastSuccess', { time: time(status.lastSuccessAt) }) : t('status.never')}
      </p>
      {status.lastHeal ? (
        <p data-testid="sync-healed">
          {status.lastHeal.requeued > 0
            ? t('status.healedRequeued', { time: time(status.lastHeal.at), n: n(status.lastHeal.requeued) })
            : t('status.healedResent', { time: time(status.lastHeal.at) })}
        </p>
      ) : null}
      {status.lastError ? (
        <div data-testid="sync-last-error">
          <p>{t('status.lastError', { time: time(status.lastError.at) })}</p>
          <SyncErrorText code={status.lastError.code} detail={status.lastError.detail} />
          {progress.retryAt ? <p>{t('status.retryAt', { time: formatDate(progress.retryAt, lang, 'time') })}</p> : null}
          <p>{t('status.kept')}</p>
        </div>
      ) : null}
      <button
        type="button"
        className="primary sync-card__now"
        disabled={!device || progress.running}
        onClick={() => void syncEngine().syncNow()}
      >
        <LineIcon name="upload" />
        {progress.running ? t('status.syncing') : t('status.syncNow')}
      </button>
    </section>
  );
}
