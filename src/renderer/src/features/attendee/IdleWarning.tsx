import { useTranslation } from 'react-i18next';
import { LineIcon } from '../../ui/LineIcon';

/** "Still there?" before an unfinished entry is discarded; any touch keeps it. */
export function IdleWarning({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useTranslation('attendee');
  return (
    <div className="kiosk__overlay">
      <div className="kiosk__dialog" role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-text">
        <LineIcon name="clock" size={80} />
        <h2 id="idle-title">{t('idle.title')}</h2>
        <p id="idle-text">{t('idle.text', { count: secondsLeft })}</p>
        <button type="button" className="big primary">
          <LineIcon name="check" size={32} /> {t('idle.stay')}
        </button>
      </div>
    </div>
  );
}
