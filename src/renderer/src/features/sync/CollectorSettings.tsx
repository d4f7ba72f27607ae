import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { LineIcon } from '../../ui/LineIcon';
import { enrollKiosk } from './device';
import { syncEngine } from './engine-instance';
import { SyncError, type SyncErrorCode } from './sync-error';
import { RetentionSetting } from './RetentionSetting';
import { SyncErrorText } from './SyncErrorText';
import { useSyncState } from './use-sync-state';
import { useLang } from '../../i18n/use-lang';

/** Plain http is fine on this machine or a local network; elsewhere the facilitator is warned. */
const insecure = (url: string) =>
  /^http:\/\//i.test(url.trim()) && !/^http:\/\/(127\.|localhost|\[::1\])/i.test(url.trim());

/**
 * Settings → collector: the collector's address and the one-time enrollment code
 * (typed or pasted). Enrolling needs the network; the kiosk works without it.
 */
export function CollectorSettings() {
  const { t } = useTranslation('sync');
  const lang = useLang();
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
              time: formatDate(device.enrolledAt, lang, 'dateTime'),
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
  const id = useId();
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
    <form className="card sync-card" onSubmit={submit} aria-labelledby="sync-enroll">
      <h3 id="sync-enroll">{t('collector.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('collector.url')}</label>
        <input
          id={`${id}-url`}
          type="url"
          required
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://"
        />
      </div>
      {insecure(url) ? <p className="sync-card__warn">{t('collector.insecure')}</p> : null}
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('collector.code')}</label>
        <input id={`${id}-code`} required autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} />
        <p className="sync-card__small">{t('collector.codeHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-label`}>{t('collector.label')}</label>
        <input id={`${id}-label`} maxLength={120} value={label} onChange={(e) => setLabel(e.target.value)} />
      </div>
      <SyncErrorText code={error?.code} detail={error?.detail} />
      <button type="submit" className="primary" disabled={busy}>
        <LineIcon name="check" />
        {busy ? t('collector.enrolling') : t('collector.enroll')}
      </button>
    </form>
  );
}
