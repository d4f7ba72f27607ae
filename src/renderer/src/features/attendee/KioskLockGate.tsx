import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../ui/navigation';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { unlockThisWindow } from './kiosk-lock';
import { PinPad } from './PinPad';
import './attendee.css';

/**
 * What a locked kiosk window shows instead of the console or the stage: the PIN pad.
 * Cancel goes back to the attendee screens; the right PIN unlocks this window.
 */
export function KioskLockGate() {
  const { t } = useTranslation('attendee');
  const go = useNavigate();
  return (
    <div className="kiosk kiosk--locked">
      <header className="kiosk__bar">
        <p className="kiosk__brand">{t('pin.locked')}</p>
        <LanguageSwitch large remember={false} />
      </header>
      <main className="kiosk__main">
        <PinPad
          onCancel={() => go('kiosk')}
          onUnlocked={() => void unlockThisWindow().then(() => go('console', 'debate'))}
        />
      </main>
    </div>
  );
}
