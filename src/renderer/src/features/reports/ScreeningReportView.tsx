import { topicLabel } from '@shared/records/constants';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/languages';
import { formatDate, formatNumber } from '../../i18n/format';
import { qrPayload } from './model/digest';
import { duration, shownDay, shownTime } from './model/text';
import { CONTENT_LANGS, PLEDGE_KINDS, QUESTION_STATUSES, type ScreeningReport } from './model/types';
import { ReportCloud } from './ReportCloud';
import { FigureTable, ReportQr, ReportSection, ReportStamp } from './ReportParts';
import { ReportPolls } from '../polls';
import type { CloudWord } from '@shared/word-cloud';
import type { ReportCode } from './report-chunks';

interface Props {
  report: ScreeningReport;
  /** The word cloud's words (made from the questions the report read). */
  cloud: CloudWord[];
  /**
   * The charting and cloud code (their own chunks), fetched with the report's records:
   * the view is drawn once, and the page and its PDF have the charts. A part whose code
   * failed to load is null: the report says so there and shows everything else.
   */
  code: ReportCode;
  lang: Lang;
  generatedAt: string;
}

type Ctx = Props & { t: TFunction; n: (v: number) => string };

function Header({ report, lang, generatedAt, t }: Ctx) {
  const f = report.figures;
  const offset = report.clockOffsetMs;
  return (
    <header className="report__header">
      <div>
        <p className="report__campaign">{t('doc.campaign')}</p>
        <h2>{t('doc.screeningTitle')}</h2>
        <dl className="report__meta">
          <dt>{t('doc.place')}</dt>
          <dd>{[f.place.venue, f.place.town, f.place.region, f.place.country].filter(Boolean).join(', ') || '—'}</dd>
          <dt>{t('doc.date')}</dt>
          <dd>{shownDay(f.date, lang)}</dd>
          <dt>{t('doc.started')}</dt>
          <dd>{shownTime(f.startedAt, offset, lang)}</dd>
          <dt>{t('doc.ended')}</dt>
          <dd>{shownTime(f.endedAt, offset, lang)}</dd>
          <dt>{t('doc.status')}</dt>
          <dd>{t(`phase.${f.phase}`)}</dd>
          <dt>{t('doc.facilitators')}</dt>
          <dd>{f.facilitators.join(', ') || '—'}</dd>
          <dt>{t('doc.panelists')}</dt>
          <dd>{f.panelists.join(', ') || '—'}</dd>
        </dl>
        <ReportStamp t={t} lang={lang} clockOffsetMs={offset} generatedAt={generatedAt} />
      </div>
      <ReportQr
        payload={qrPayload('screening', f.screeningId, report.digest)}
        caption={t('doc.qrCaption')}
        failed={t('doc.qrFailed')}
      />
    </header>
  );
}

function TimeAndFilm({ report, t, n }: Ctx) {
  const { phases, film } = report.figures;
  const played = duration(film.playedSec);
  return (
    <div className="report__columns">
      <FigureTable
        caption={t('doc.phasesTitle')}
        rows={phases.map((p) => [
          t(`phase.${p.phase}`),
          p.ongoing ? t('doc.ongoing', { duration: duration(p.seconds) }) : duration(p.seconds),
        ])}
      />
      <ReportSection title={t('doc.filmTitle')}>
        <p>
          {film.durationSec && film.percent !== null
            ? t('doc.filmPlayed', { played, duration: duration(film.durationSec), percent: `${n(film.percent)} %` })
            : t('doc.filmPlayedUnknown', { played })}
        </p>
        <p>{t(film.reachedEnd ? 'doc.filmEnded' : 'doc.filmNotEnded')}</p>
      </ReportSection>
    </div>
  );
}

function People({ report, t, n }: Ctx) {
  const { attendance: a, questions: q, pledges: p, votes } = report.figures;
  return (
    <div className="report__columns">
      <FigureTable
        caption={t('doc.attendanceTitle')}
        rows={[
          [t('attendance.women'), n(a.women)],
          [t('attendance.men'), n(a.men)],
          [t('attendance.youth'), n(a.youth)],
          [t('attendance.adults'), n(a.adults)],
          [t('doc.reached'), <strong key="r">{n(a.reached)}</strong>],
        ]}
      />
      <FigureTable
        caption={t('doc.questionsTitle')}
        rows={[
          [t('doc.total'), <strong key="t">{n(q.total)}</strong>],
          // Merged duplicates only when there were some: an evening without keeps its one-page report.
          ...QUESTION_STATUSES.filter((s) => s !== 'merged' || q.byStatus.merged > 0).map((s): [string, string] => [
            t(`status.${s}`),
            n(q.byStatus[s]),
          ]),
          ...CONTENT_LANGS.map((l): [string, string] => [t(`lang.${l}`), n(q.byLanguage[l])]),
          [t('input.spoken'), n(q.spoken)],
          [t('input.typed'), n(q.typed)],
          [t('input.floor'), n(q.fromFloor)],
          // Phone rows only when phones joined: an evening without keeps its one-page report.
          ...(q.bySource.phone > 0 ? ([[t('input.phone'), n(q.bySource.phone)]] as [string, string][]) : []),
          [t('doc.projected'), n(q.projected)],
          ...(q.byStatus.merged > 0
            ? ([
                [t('doc.distinct'), n(q.distinct)],
                [t('doc.askedMoreThanOnce'), n(q.askedMoreThanOnce)],
              ] as [string, string][])
            : []),
        ]}
      />
      {/* Only the topics questions were tagged with: an untagged evening keeps its one-page report. */}
      {q.byTopic.some((x) => x.count > 0) && (
        <FigureTable
          caption={t('doc.topicsTitle')}
          rows={q.byTopic
            .filter((x) => x.count > 0)
            .map(({ topic, count }): [string, string] => [topicLabel((k) => t(k), topic), n(count)])}
        />
      )}
      <FigureTable
        caption={t('doc.pledgesTitle')}
        rows={[
          [t('doc.total'), <strong key="t">{n(p.total)}</strong>],
          ...PLEDGE_KINDS.map((k): [string, string] => [t(`kind.${k}`), n(p.byKind[k])]),
          [t('consent.with'), n(p.withConsent)],
          [t('consent.without'), n(p.withoutConsent)],
          ...(p.fromPhone > 0 ? ([[t('input.phone'), n(p.fromPhone)]] as [string, string][]) : []),
        ]}
      />
      {votes.total > 0 && (
        <FigureTable
          caption={t('doc.votesTitle')}
          rows={[
            [t('doc.total'), <strong key="t">{n(votes.total)}</strong>],
            ...votes.top.map((v): [string, string] => [v.text, n(v.votes)]),
          ]}
        />
      )}
    </div>
  );
}

function Projected({ report, lang, t }: Ctx) {
  return (
    <ReportSection title={t('doc.projectedTitle')}>
      {report.projected.length === 0 ? (
        <p>{t('doc.nothing')}</p>
      ) : (
        <ol className="report__projected">
          {report.projected.map((q) => (
            <li key={q.id} lang={q.language === 'other' ? undefined : q.language}>
              <span className="report__when">{shownTime(q.projectedAt, report.clockOffsetMs, lang)}</span>{' '}
              <span>{q.text || t('doc.spokenQuestion')}</span>{' '}
              <em>
                {t('doc.projectedMeta', {
                  language: t(`lang.${q.language}`),
                  answer: t(q.answered ? 'doc.answered' : 'doc.notAnswered'),
                })}
              </em>
            </li>
          ))}
        </ol>
      )}
    </ReportSection>
  );
}

function Contacts({ report, lang, t }: Ctx) {
  const contacts = report.contacts;
  return (
    <ReportSection title={t('doc.contactsTitle')}>
      <p className="report__privacy">
        {contacts ? t('doc.contactsIncluded', { count: contacts.length }) : t('doc.contactsExcluded')}
      </p>
      {contacts && contacts.length > 0 && (
        <FigureTable
          caption={t('doc.contactsTitle')}
          rows={contacts.map((c) => [
            c.name,
            `${c.phone} — ${t(`kind.${c.kind}`)} — ${c.consentVersion}, ${formatDate(c.consentAt, lang, 'dateTime')}`,
          ])}
        />
      )}
    </ReportSection>
  );
}

/** The printable report of one screening: the page the PDF is made from. */
export function ScreeningReportView(props: Props) {
  const { t } = useTranslation('reports', { lng: props.lang });
  const ctx: Ctx = { ...props, t, n: (v) => formatNumber(v, props.lang) };
  const f = props.report.figures;
  const charts = props.code.charts;
  return (
    <article className="report" lang={props.lang} aria-label={t('doc.screeningTitle')}>
      <Header {...ctx} />
      <TimeAndFilm {...ctx} />
      <People {...ctx} />
      {charts ? (
        <div className="report__charts">
          <charts.TimelineChart figures={f} t={t} lang={props.lang} />
          <charts.PledgeChart figures={f} t={t} lang={props.lang} />
        </div>
      ) : (
        <p className="report__missing" role="alert">
          {t('doc.chartsFailed')}
        </p>
      )}
      <ReportPolls polls={f.polls} t={t} n={ctx.n} />
      <ReportCloud words={props.cloud} picture={props.code.cloud} t={t} />
      <Projected {...ctx} />
      <Contacts {...ctx} />
      {f.notes && (
        <ReportSection title={t('doc.notesTitle')}>
          <p className="report__notes">{f.notes}</p>
        </ReportSection>
      )}
      <footer className="report__footer">
        <dl>
          <dt>{t('doc.screeningId')}</dt>
          <dd>
            <code>{f.screeningId}</code>
          </dd>
          <dt>{t('doc.digest')}</dt>
          <dd>
            <code className="report__digest">{props.report.digest}</code>
          </dd>
        </dl>
      </footer>
    </article>
  );
}
