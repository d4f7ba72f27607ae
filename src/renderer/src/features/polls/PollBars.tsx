import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import type { PollResult } from '@shared/polls/results';
import { PollIcon } from './PollIcon';
import './polls.css';

/** Results as horizontal bars, one per option (icon, label, count and %); used by the console and the stage. */
export function PollBars({ result, iconSize = 40 }: { result: PollResult; iconSize?: number }) {
  const { t } = useTranslation('polls');
  const lang = useLang();
  const pct = (p: number | null) => (p === null ? '–' : `${formatNumber(p, lang)} %`);
  return (
    <div className="poll-bars">
      <ul aria-label={t('results.bars', { question: result.question })}>
        {result.options.map((o) => (
          <li key={o.optionId} className="poll-bars__row">
            <PollIcon name={o.icon} size={iconSize} />
            <span className="poll-bars__label">{o.label}</span>
            <span className="poll-bars__track" aria-hidden="true">
              <span className="poll-bars__fill" style={{ width: `${o.percent ?? 0}%` }} />
            </span>
            <span className="poll-bars__value" data-count={o.total}>
              {formatNumber(o.total, lang)} · {pct(o.percent)}
            </span>
          </li>
        ))}
      </ul>
      <p className="poll-bars__n" data-n={result.n.total}>
        {t('results.n', { count: result.n.total, formatted: formatNumber(result.n.total, lang) })}
        {result.mean !== null && ` · ${t('results.mean', { mean: formatNumber(result.mean, lang) })}`}
      </p>
    </div>
  );
}
