import { useTranslation } from 'react-i18next';
import type { SyncErrorCode } from './sync-error';

/** A sync failure in plain words (role=alert), with the collector's own words small, for support. */
export function SyncErrorText({ code, detail }: { code: SyncErrorCode | null | undefined; detail?: string }) {
  const { t } = useTranslation('sync');
  if (!code) return null;
  return (
    <div className="alert sync-error" role="alert">
      <p>{t(`errors.${code}`)}</p>
      {detail ? <p className="sync-error__detail">{detail}</p> : null}
    </div>
  );
}
