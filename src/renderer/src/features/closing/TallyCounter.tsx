import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LineIcon } from '../../ui/LineIcon';
import { formatNumber } from '../../i18n/format';
import { MAX_TALLY, parseTally, type Tally } from './attendance';
import { useLang } from '../../i18n/use-lang';

const ICON = { women: 'woman', men: 'man', youth: 'youth', adults: 'adult' } as const;

interface Props {
  tally: Tally;
  value: number;
  onBump: (delta: number) => void;
  onSet: (value: number) => void;
}

/**
 * One attendance tally: big −1 / +1 buttons for counting people as they leave, and the
 * number itself, which can be typed when the facilitator counted another way.
 */
export function TallyCounter({ tally, value, onBump, onSet }: Props) {
  const { t } = useTranslation('closing');
  const lang = useLang();
  const [draft, setDraft] = useState<string | null>(null);
  const label = t(`tally.${tally}`);
  const invalid = draft !== null && parseTally(draft) === null;

  function commit() {
    if (draft === null) return;
    const n = parseTally(draft);
    if (n === null) return; // keep the draft on screen with its message; nothing is saved
    setDraft(null);
    if (n !== value) onSet(n);
  }

  return (
    <div className="tally">
      <label className="tally__label" htmlFor={`tally-${tally}`}>
        <LineIcon name={ICON[tally]} size={32} />
        <span>{label}</span>
      </label>
      <div className="tally__row">
        <button
          type="button"
          className="tally__button"
          aria-label={t('minusOne', { label })}
          disabled={value <= 0}
          onClick={() => onBump(-1)}
        >
          <LineIcon name="minus" size={32} />
        </button>
        <input
          id={`tally-${tally}`}
          className="tally__value"
          inputMode="numeric"
          aria-invalid={invalid}
          aria-describedby={invalid ? `tally-${tally}-error` : undefined}
          value={draft ?? String(value)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
        <button
          type="button"
          className="tally__button primary"
          aria-label={t('plusOne', { label })}
          disabled={value >= MAX_TALLY}
          onClick={() => onBump(1)}
        >
          <LineIcon name="plus" size={32} />
        </button>
      </div>
      {invalid && (
        <p className="alert" role="alert" id={`tally-${tally}-error`}>
          {t('invalidTally', { max: formatNumber(MAX_TALLY, lang) })}
        </p>
      )}
    </div>
  );
}
