import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { LineIcon } from '../../ui/LineIcon';
import './attendee.css';

/** The kiosk's top bar. Without `onExit` (the kiosk still loading) the lock button waits, disabled. */
export function KioskBar({ onExit }: { onExit?: (() => void) | null }) {
  const { t } = useTranslation('attendee');
  return (
    <header className="kiosk__bar">
      <p className="kiosk__brand">{t('brand')}</p>
      <LanguageSwitch large remember={false} />
      {onExit !== null && (
        <button type="button" className="kiosk__exit" onClick={onExit} disabled={!onExit} aria-label={t('pin.open')}>
          <LineIcon name="lock" size={28} />
        </button>
      )}
    </header>
  );
}
