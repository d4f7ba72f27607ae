import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { LineIcon } from '../../ui/LineIcon';
import { enrollKiosk } from './device';
import { syncEngine } from './engine-instance';
import { SyncError, type SyncErrorCode } from './sync-error';
import { RetentionSetting } from './RetentionSetting';
import { SyncErrorText } from './SyncErrorText';
import { useSyncState } from './use-sync-state';

/** Plain http is fine on this machine or a local network; elsewhere the facilitator is warned. */
const insecure = (url: string) =>
  /^http:\/\//i.test(url.trim()) && !/^http:\/\/(127\.|localhost|\[::1\])/i.test(url.trim());

/**
 * Settings → collector: the collector's address and the one-time enrollment code
 * (typed or pasted). Enrolling needs the network; the kiosk works without it.
 */
export function CollectorSettings() {
  const { t, i18n } = useTranslation('sync');
  const { device } = useSyncState();
  const [editing, setEditing] = useState(false);
  if (device === undefined) return null;
  if (device && !editing) {
    return (
      <>
        <section className="card sync-card" aria-labelledby="sync-collector">
          <h3 id="sync-collector">{t('collector.title')}</h3>
          <p data-testid="sync-enrolled">
            {t('collector.enrolled', {
              url: device.collectorUrl,
              time: formatDate(device.enrolledAt, i18n.language as Lang, 'dateTime'),
            })}
          </p>
          <p className="sync-card__small">{t('collector.deviceId', { id: device.deviceId })}</p>
          <button type="button" onClick={() => setEditing(true)}>
            <LineIcon name="pencil" />
            {t('collector.change')}
          </button>
        </section>
        <RetentionSetting />
      </>
    );
  }
  return <EnrollForm initialUrl={device?.collectorUrl ?? ''} onDone={() => setEditing(false)} />;
}

function EnrollForm({ initialUrl, onDone }: { initialUrl: string; onDone: () => void }) {
  const { t } = useTranslation('sync');
  const [url, setUrl] = useState(initialUrl);
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: SyncErrorCode; detail?: string } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    enrollKiosk(url, code, label)
      .then(() => {
        onDone();
        void syncEngine().syncNow();
      })
      .catch((err: unknown) =>
        setError(err instanceof SyncError ? { code: err.code, detail: err.detail } : { code: 'local_error' }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <form className="card sync-card sync-form" onSubmit={submit} aria-labelledby="sync-enroll">
      <h3 id="sync-enroll">{t('collector.title')}</h3>
      <label>
        {t('collector.url')}
        <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
      </label>
      {insecure(url) ? <p className="sync-card__warn">{t('collector.insecure')}</p> : null}
      <label>
        {t('collector.code')}
        <input required autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} />
      </label>
      <p className="sync-card__small">{t('collector.codeHint')}</p>
      <label>
        {t('collector.label')}
        <input maxLength={120} value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <SyncErrorText code={error?.code} detail={error?.detail} />
      <button type="submit" className="primary" disabled={busy}>
        <LineIcon name="check" />
        {busy ? t('collector.enrolling') : t('collector.enroll')}
      </button>
    </form>
  );
}
