import type { TFunction } from 'i18next';
import type { FamilyChange } from '@shared/polls/families';
import { ReportChangeTable } from './ReportChangeTable';

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
        <ReportChangeTable
          key={f.family}
          caption={
            <>
              {t(`polls:family.${f.family}`)} — {t('poll.pairLine', { before: n(f.nBefore), after: n(f.nAfter) })} —{' '}
              {t('poll.screenings')} {n(f.screenings)}
            </>
          }
          rows={f.options.map((o, i) => ({ ...o, label: t(`polls:builtin.${f.family}.options.o${i + 1}`) }))}
          t={t}
          n={n}
        />
      ))}
    </section>
  );
}
