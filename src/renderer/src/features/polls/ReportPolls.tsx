import type { TFunction } from 'i18next';
import { ANSWER_CHANNELS } from '@shared/records/constants';
import type { PollFigures } from '@shared/polls/results';
import { pollName } from '@shared/polls/report-rows';
import { pct, ReportChangeTable, signed } from './ReportChangeTable';

interface Props {
  polls: PollFigures;
  t: TFunction;
  n: (v: number) => string;
}

/**
 * The report's polls: each with counts, % and n per channel, each before/after pair with
 * its change and n on both sides. Absent when the evening had no poll (its report stays one page).
 */
export function ReportPolls({ polls, t, n }: Props) {
  if (polls.polls.length === 0) return null;
  return (
    <section className="report__section report__polls" aria-labelledby="report-polls">
      <h3 id="report-polls">{t('poll.title')}</h3>
      <p className="report__privacy">{t('poll.perVisit')}</p>
      {polls.polls.map((p) => (
        <table key={p.pollId} className="report__figures">
          <caption lang={p.language === 'other' ? undefined : p.language}>{pollName(p, (k) => t(k))}</caption>
          <thead>
            <tr>
              <th scope="col">{t('poll.option')}</th>
              {ANSWER_CHANNELS.map((ch) => (
                <th key={ch} scope="col">
                  {t(`poll.channel.${ch}`)}
                </th>
              ))}
              <th scope="col">{t('poll.total')}</th>
              <th scope="col">{t('poll.percent')}</th>
            </tr>
          </thead>
          <tbody>
            {p.options.map((o) => (
              <tr key={o.optionId}>
                <th scope="row">{o.label}</th>
                {ANSWER_CHANNELS.map((ch) => (
                  <td key={ch}>{n(o.byChannel[ch])}</td>
                ))}
                <td>{n(o.total)}</td>
                <td>{pct(o.percent, n)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('poll.n')}</th>
              {ANSWER_CHANNELS.map((ch) => (
                <td key={ch}>{n(p.n[ch])}</td>
              ))}
              <td>
                <strong>{n(p.n.total)}</strong>
              </td>
              <td>{p.mean === null ? '' : `${t('poll.mean')} ${n(p.mean)}`}</td>
            </tr>
          </tbody>
        </table>
      ))}
      {polls.pairs.length > 0 && (
        <>
          <h4>{t('poll.pairsTitle')}</h4>
          {polls.pairs.map((c) => (
            <ReportChangeTable
              key={c.after.pollId}
              className="report__figures report__pair"
              caption={
                <>
                  {c.after.question} — {t('poll.pairLine', { before: n(c.nBefore), after: n(c.nAfter) })}
                </>
              }
              rows={c.options}
              t={t}
              n={n}
            >
              {c.meanChange !== null && (
                <tr>
                  <th scope="row">{t('poll.meanChange')}</th>
                  <td colSpan={3}>{signed(c.meanChange, n)}</td>
                </tr>
              )}
            </ReportChangeTable>
          ))}
        </>
      )}
    </section>
  );
}
