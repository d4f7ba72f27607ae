import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/languages';
import { formatNumber } from '../../i18n/format';
import type { SummaryReport } from './model/build';
import { qrPayload } from './model/digest';
import { COUNT_LABELS, type CountKey, type Summary } from './model/summary';
import { duration, shownDay } from './model/text';
import { ReportFamilies } from '../polls';
import { FigureTable, ReportQr, ReportStamp } from './ReportParts';
import { topicLabel } from '@shared/records/constants';

interface Props {
  report: SummaryReport;
  lang: Lang;
  generatedAt: string;
}

// The columns that fit an A4 page; the spreadsheet exports carry them all.
const COUNTS: CountKey[] = [
  'women',
  'men',
  'youth',
  'adults',
  'reached',
  'questions',
  'answered',
  'pledges',
  'withConsent',
];

function Indicators({ summary, t, n }: { summary: Summary; t: TFunction; n: (v: number) => string }) {
  const x = summary.totals;
  const tiles: [string, number][] = [
    [t('summary.held'), x.held],
    [t('summary.reached'), x.reached],
    [t('summary.questions'), x.questions],
    [t('summary.pledges'), x.pledges],
  ];
  return (
    <section className="report__section" aria-label={t('summary.indicatorsTitle')}>
      <h3>{t('summary.indicatorsTitle')}</h3>
      <dl className="report__tiles">
        {tiles.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{n(value)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('summary.screeningsLine', { count: x.screenings, held: n(x.held) })}</p>
    </section>
  );
}

function Rows({ summary, t, n, lang }: { summary: Summary; t: TFunction; n: (v: number) => string; lang: Lang }) {
  if (summary.rows.length === 0) return <p>{t('summary.none')}</p>;
  const x = summary.totals;
  return (
    <table className="report__rows">
      <thead>
        <tr>
          {[t('doc.date'), t('doc.place'), t('doc.status'), t('columns.duration')].map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
          {COUNTS.map((k) => (
            <th scope="col" key={k}>
              {t(COUNT_LABELS[k])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.rows.map((r) => (
          <tr key={r.screeningId}>
            <td>{shownDay(r.date, lang)}</td>
            <td>{[r.place.town, r.place.venue].filter(Boolean).join(', ') || '—'}</td>
            <td>{t(`phase.${r.phase}`)}</td>
            <td>{duration(r.durationSec)}</td>
            {COUNTS.map((k) => (
              <td key={k}>{n(r[k])}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {t('summary.totals')}
          </th>
          <td>{duration(x.durationSec)}</td>
          {COUNTS.map((k) => (
            <td key={k}>{n(x[k])}</td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

/** The printable summary of a date range: IOM's indicators, then one row per screening. */
export function SummaryReportView({ report, lang, generatedAt }: Props) {
  const { t } = useTranslation('reports', { lng: lang });
  const n = (v: number) => formatNumber(v, lang);
  const { summary, digest } = report;
  return (
    <article className="report" lang={lang} aria-label={t('doc.summaryTitle')}>
      <header className="report__header">
        <div>
          <p className="report__campaign">{t('doc.campaign')}</p>
          <h2>{t('doc.summaryTitle')}</h2>
          <p className="report__range">
            {t('summary.range', { from: shownDay(summary.from, lang), to: shownDay(summary.to, lang) })}
          </p>
          <ReportStamp t={t} lang={lang} clockOffsetMs={report.clockOffsetMs} generatedAt={generatedAt} />
        </div>
        <ReportQr
          payload={qrPayload('summary', `${summary.from}_${summary.to}`, digest)}
          caption={t('doc.qrCaption')}
          failed={t('doc.qrFailed')}
        />
      </header>
      <Indicators summary={summary} t={t} n={n} />
      {/* Only when questions were tagged: an untagged range keeps its one-page summary. */}
      {summary.byTopic.length > 0 && (
        <FigureTable
          caption={t('doc.topicsTitle')}
          rows={summary.byTopic.map(({ topic, count }): [string, string] => [topicLabel((k) => t(k), topic), n(count)])}
        />
      )}
      <ReportFamilies families={summary.pollFamilies} t={t} n={n} />
      <section className="report__section">
        <h3>{t('summary.rowsTitle')}</h3>
        <Rows summary={summary} t={t} n={n} lang={lang} />
      </section>
      <footer className="report__footer">
        <dl>
          <dt>{t('doc.digest')}</dt>
          <dd>
            <code className="report__digest">{digest}</code>
          </dd>
        </dl>
      </footer>
    </article>
  );
}
