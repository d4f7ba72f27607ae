import { useTranslation } from 'react-i18next';
import { BundleExport } from './BundleExport';
import { CollectorSettings } from './CollectorSettings';
import { SyncStatusCard } from './SyncStatusCard';
import { useSyncState } from './use-sync-state';
import './sync.css';

/**
 * Console → Sync: status at a glance, "sync now", the USB bundle, and, until the kiosk
 * is enrolled, the collector form (afterwards it lives in Settings).
 */
export function SyncPanel() {
  const { t } = useTranslation('sync');
  const { device } = useSyncState();
  return (
    <section className="sync">
      <h2>{t('common:nav.sync')}</h2>
      {device === null ? <p className="sync-card__warn">{t('status.notEnrolled')}</p> : null}
      <SyncStatusCard />
      {device === null ? <CollectorSettings /> : null}
      <BundleExport />
    </section>
  );
}
