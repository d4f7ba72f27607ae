import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { formatNumber } from '../../i18n/format';
import { kiosk } from '../../platform';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { buildBundle } from './bundle-export';
import { SyncError, type SyncErrorCode } from './sync-error';
import { SyncErrorText } from './SyncErrorText';
import { useSyncState } from './use-sync-state';
import { useLang } from '../../i18n/use-lang';

type Outcome = { changes: number; audio: number } | { failed: ErrorCode } | { syncFailed: SyncErrorCode };

/** Where no network ever comes: every unsent change and its audio in one sealed file for a USB stick. */
export function BundleExport() {
  const { t } = useTranslation('sync');
  const lang = useLang();
  const { pending, device } = useSyncState();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const n = (v: number) => formatNumber(v, lang);
  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const bundle = await buildBundle();
      const saved = await kiosk.reports.save(bundle.fileName, bundle.bytes);
      setOutcome(saved.ok ? bundle : { failed: saved.code });
    } catch (err) {
      setOutcome(err instanceof SyncError ? { syncFailed: err.code } : { failed: 'io_error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card sync-card" aria-labelledby="sync-bundle">
      <h3 id="sync-bundle">{t('bundle.title')}</h3>
      <p>{t('bundle.explain')}</p>
      <button type="button" disabled={busy || !device || pending === 0} onClick={() => void run()}>
        <LineIcon name="data" />
        {busy ? t('bundle.exporting') : t('bundle.export')}
      </button>
      {device && pending === 0 ? <p>{t('bundle.nothing')}</p> : null}
      {outcome && 'changes' in outcome ? (
        <p role="status">{t('bundle.done', { changes: n(outcome.changes), audio: n(outcome.audio) })}</p>
      ) : null}
      {outcome && 'failed' in outcome ? <ErrorMessage code={outcome.failed} /> : null}
      {outcome && 'syncFailed' in outcome ? <SyncErrorText code={outcome.syncFailed} /> : null}
    </section>
  );
}
