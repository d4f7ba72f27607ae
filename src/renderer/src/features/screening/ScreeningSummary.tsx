import { useTranslation } from 'react-i18next';
import type { Screening } from '../../data/types';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

/** A screening's stored date (a calendar day) as a Date at local noon: no time-zone shift. */
export const screeningDay = (isoDay: string): Date => new Date(`${isoDay}T12:00:00`);

/** What the facilitator entered for a screening, and where it stands. */
export function ScreeningSummary({ screening, filmTitle }: { screening: Screening; filmTitle?: string }) {
  const { t } = useTranslation('screening');
  const lang = useLang();
  const p = screening.place;
  return (
    <dl className="summary">
      <dt>{t('active.place')}</dt>
      <dd>{[p.venue, p.town, p.region, p.country].filter(Boolean).join(', ')}</dd>
      <dt>{t('form.date')}</dt>
      <dd data-testid="screening-date">{formatDate(screeningDay(screening.date), lang, 'day')}</dd>
      <dt>{t('form.facilitators')}</dt>
      <dd>{screening.facilitators.join(', ')}</dd>
      {screening.panelists.length > 0 && (
        <>
          <dt>{t('form.panelists')}</dt>
          <dd>{screening.panelists.join(', ')}</dd>
        </>
      )}
      <dt>{t('form.film')}</dt>
      <dd>{filmTitle ?? screening.filmId}</dd>
      <dt>{t('active.phase')}</dt>
      <dd data-testid="screening-phase">{t(`phase.${screening.phase}`)}</dd>
    </dl>
  );
}
