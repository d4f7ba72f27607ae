import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { useNavigate } from '../../ui/navigation';
import { hasPin } from '../../data/repos/pin';
import { useLive } from '../../data/use-live';
import { kiosk } from '../../platform';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { handOver, PinSettings } from '../attendee';

/**
 * Opens the attendee kiosk: on this screen (the window locks until the PIN is given)
 * or in its own window (a touchscreen). The PIN must exist first, so it is asked here
 * when it was never chosen.
 */
export function KioskLaunch() {
  const { t } = useTranslation('debate');
  const go = useNavigate();
  const pin = useLive(() => hasPin(), [], undefined);
  const [error, setError] = useState<ErrorCode | null>(null);
  if (pin === undefined) return null;
  // The kiosk screen locks this window as it opens; the hand-over is on disk first, so
  // a power cut a moment later still brings the console back behind the PIN.
  const here = async () => {
    await handOver();
    await kiosk.windows.setFullscreen(true);
    go('kiosk');
  };
  const elsewhere = () => void kiosk.windows.open('kiosk').then((r) => setError(r.ok ? null : r.code));
  return (
    <section className="card debate__kiosk" aria-labelledby="kiosk-launch">
      <h3 id="kiosk-launch">
        <LineIcon name="keyboard" /> {t('kiosk.title')}
      </h3>
      {!pin ? (
        <>
          <p>{t('kiosk.pinFirst')}</p>
          <PinSettings />
        </>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => void here()}>
            <LineIcon name="lock" /> {t('kiosk.here')}
          </button>
          <button type="button" onClick={elsewhere}>
            <LineIcon name="screen" /> {t('kiosk.window')}
          </button>
        </div>
      )}
      <ErrorMessage code={error} />
    </section>
  );
}
