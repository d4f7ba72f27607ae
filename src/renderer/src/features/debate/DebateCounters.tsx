import { useTranslation } from 'react-i18next';
import type { QuestionCounts } from '../../data/repos/questions';
import { pledgeCounts } from '../../data/repos/pledges';
import { CONTENT_LANGS, PLEDGE_KINDS, QUESTION_STATUSES } from '../../data/types';
import { useLive } from '../../data/use-live';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

/** Questions by status and by language, pledges by kind: live, from the indexes. */
export function DebateCounters({ screeningId, counts }: { screeningId: string; counts: QuestionCounts }) {
  const { t } = useTranslation('debate');
  const lang = useLang();
  const pledges = useLive(() => pledgeCounts(screeningId), [screeningId], null);
  const n = (v: number) => formatNumber(v, lang);
  const group = (id: string, title: string, rows: [string, number][]) => (
    <div className="counters__group" role="group" aria-labelledby={id}>
      <h4 id={id}>{title}</h4>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{n(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
  return (
    <section className="card counters" aria-labelledby="counters-title">
      <h3 id="counters-title">{t('counters.title')}</h3>
      {group('counters-status', t('counters.byStatus', { total: n(counts.total) }), [
        ...QUESTION_STATUSES.map((s): [string, number] => [t(`status.${s}`), counts.byStatus[s]]),
        [t('counters.fromFloor'), counts.fromFloor],
      ])}
      {group(
        'counters-lang',
        t('counters.byLanguage'),
        CONTENT_LANGS.map((l) => [t(`lang.${l}`), counts.byLanguage[l]]),
      )}
      {pledges &&
        group(
          'counters-pledges',
          t('counters.pledges'),
          PLEDGE_KINDS.map((k) => [t(`pledges:kind.${k}`), pledges[k]]),
        )}
    </section>
  );
}
