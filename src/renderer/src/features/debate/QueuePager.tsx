import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

interface Props {
  start: number;
  shown: number;
  total: number;
  onPage: (delta: -1 | 1) => void;
}

/**
 * The queue shows one page at a time (a bounded number of rows, however long the evening):
 * which rows of how many, and the way to the ones before and after. ↑/↓ past the page's
 * ends turn the page too (use-queue-keys).
 */
export function QueuePager({ start, shown, total, onPage }: Props) {
  const { t } = useTranslation('debate');
  const lang = useLang();
  if (start === 0 && shown >= total) return null;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <nav className="debate__pager" aria-label={t('queue.pages')}>
      <button type="button" disabled={start === 0} onClick={() => onPage(-1)}>
        {t('queue.previous')}
      </button>
      <span aria-live="polite">{t('queue.range', { from: n(start + 1), to: n(start + shown), total: n(total) })}</span>
      <button type="button" disabled={start + shown >= total} onClick={() => onPage(1)}>
        {t('queue.next')}
      </button>
    </nav>
  );
}
