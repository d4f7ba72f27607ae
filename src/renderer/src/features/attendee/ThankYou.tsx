import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../i18n/format';
import { LineIcon } from '../../ui/LineIcon';
import { CampaignQr, useCampaignUrl } from '../pledges';

/**
 * Shown once the entry is stored (never before): thanks, and for a pledge the QR code to
 * the campaign platform. Resets the kiosk for the next person by itself after `sec`.
 */
export function ThankYou({ what, sec, onNext }: { what: 'question' | 'pledge'; sec: number; onNext: () => void }) {
  const { t } = useTranslation('attendee');
  // "Scan this code" only when there is a code to scan (a new kiosk has no campaign link).
  const hasCode = useCampaignUrl() !== '';
  useEffect(() => {
    const timer = setTimeout(onNext, sec * 1000);
    return () => clearTimeout(timer);
  }, [sec, onNext]);
  return (
    <section className="kiosk__screen kiosk__thanks" aria-labelledby="thanks-title">
      <LineIcon name="heart" size={96} />
      <div role="status">
        <h2 id="thanks-title">{t(`thanks.${what}`)}</h2>
      </div>
      {(what === 'question' || hasCode) && <p className="kiosk__lead">{t(`thanks.${what}Next`)}</p>}
      {what === 'pledge' && <CampaignQr size={280} />}
      <button type="button" className="big primary" onClick={onNext}>
        <LineIcon name="home" size={32} /> {t('thanks.nextPerson')}
      </button>
      <p className="kiosk__small">{t('thanks.resets', { time: formatClock(sec) })}</p>
    </section>
  );
}
