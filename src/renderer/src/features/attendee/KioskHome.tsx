import { useTranslation } from 'react-i18next';
import { LineIcon } from '../../ui/LineIcon';

/** The first screen: two big pictures, ask a question or make a pledge. */
interface Props {
  open: boolean;
  /** The screening is still being read: neither "closed" nor usable yet. */
  loading: boolean;
  onAsk: () => void;
  onPledge: () => void;
}

export function KioskHome({ open, loading, onAsk, onPledge }: Props) {
  const { t } = useTranslation('attendee');
  return (
    <section className="kiosk__screen" aria-labelledby="kiosk-welcome">
      <h2 id="kiosk-welcome">{t('home.welcome')}</h2>
      {!open && !loading && (
        <p className="notice" role="status">
          {t('home.notOpen')}
        </p>
      )}
      <div className="kiosk__choices">
        <button type="button" className="choice" onClick={onAsk} disabled={!open}>
          <LineIcon name="speech" size={120} />
          <span>{t('home.ask')}</span>
        </button>
        <button type="button" className="choice" onClick={onPledge} disabled={!open}>
          <LineIcon name="heart" size={120} />
          <span>{t('home.pledge')}</span>
        </button>
      </div>
    </section>
  );
}
