import { useTranslation } from 'react-i18next';
import { LineIcon } from './LineIcon';

/** Two big pictures: type it, or say it. */
export function HowChoice(props: { title: string; onChoose: (how: 'text' | 'voice') => void; onBack: () => void }) {
  const { t } = useTranslation('attendee');
  return (
    <section className="kiosk__screen" aria-labelledby="how-title">
      <h2 id="how-title">{props.title}</h2>
      <div className="kiosk__choices">
        <button type="button" className="choice" onClick={() => props.onChoose('voice')}>
          <LineIcon name="mic" size={96} />
          <span>{t('how.voice')}</span>
        </button>
        <button type="button" className="choice" onClick={() => props.onChoose('text')}>
          <LineIcon name="keyboard" size={96} />
          <span>{t('how.text')}</span>
        </button>
      </div>
      <div className="kiosk__nav">
        <button type="button" className="big" onClick={props.onBack}>
          <LineIcon name="back" size={32} /> {t('common:actions.back')}
        </button>
      </div>
    </section>
  );
}
