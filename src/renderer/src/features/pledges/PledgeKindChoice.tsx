import { useTranslation } from 'react-i18next';
import { PLEDGE_KINDS, type PledgeKind } from '../../data/types';
import { LineIcon } from '../../ui/LineIcon';
import { KIND_ICON } from '../../ui/pledge-kind-icon';

/** The three kinds of pledge, as pictures with their words. */
export function PledgeKindChoice({ onChoose, onBack }: { onChoose: (k: PledgeKind) => void; onBack: () => void }) {
  const { t } = useTranslation('pledges');
  return (
    <section className="kiosk__screen" aria-labelledby="pledge-kind">
      <h2 id="pledge-kind">{t('kiosk.kindTitle')}</h2>
      <div className="kiosk__choices">
        {PLEDGE_KINDS.map((k) => (
          <button key={k} type="button" className="choice" onClick={() => onChoose(k)}>
            <LineIcon name={KIND_ICON[k]} size={96} />
            <span>{t(`kind.${k}`)}</span>
          </button>
        ))}
      </div>
      <div className="kiosk__nav">
        <button type="button" className="big" onClick={onBack}>
          <LineIcon name="back" size={32} /> {t('common:actions.back')}
        </button>
      </div>
    </section>
  );
}
