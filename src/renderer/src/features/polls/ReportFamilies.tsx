import type { TFunction } from 'i18next';
import type { FamilyChange } from '@shared/polls/families';
import { pct, signed } from './ReportPolls';

/** The summary's before/after families, pooled over the range (absent when no screening held a pair). */
export function ReportFamilies({
  families,
  t,
  n,
}: {
  families: FamilyChange[];
  t: TFunction;
  n: (v: number) => string;
}) {
  if (families.length === 0) return null;
  return (
    <section className="report__section" aria-labelledby="report-families">
      <h3 id="report-families">{t('poll.families')}</h3>
      <p className="report__privacy">{t('poll.perVisit')}</p>
      {families.map((f) => (
        <table key={f.family} className="report__figures">
          <caption>
            {t(`polls:family.${f.family}`)} — {t('poll.pairLine', { before: n(f.nBefore), after: n(f.nAfter) })} —{' '}
            {t('poll.screenings')} {n(f.screenings)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('poll.option')}</th>
              <th scope="col">{t('poll.before')}</th>
              <th scope="col">{t('poll.after')}</th>
              <th scope="col">{t('poll.change')}</th>
            </tr>
          </thead>
          <tbody>
            {f.options.map((o, i) => (
              <tr key={i}>
                <th scope="row">{t(`polls:builtin.${f.family}.options.o${i + 1}`)}</th>
                <td>{pct(o.before, n)}</td>
                <td>{pct(o.after, n)}</td>
                <td>{signed(o.change, n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
