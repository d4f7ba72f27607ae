import { useTranslation } from 'react-i18next';
import type { Screening } from '../../data/types';
import { formatDate } from '../../i18n/format';
import { screeningDay } from './ScreeningSummary';
import { useLang } from '../../i18n/use-lang';

/** The projector before the film (and after the screening): the title, where and when. */
export function StageIdle({ screening }: { screening: Screening | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="stage__idle">
      <h1 className="stage__title">{t('common:appName')}</h1>
      {screening && (
        <p className="stage__where">
          {[screening.place.venue, screening.place.town].filter(Boolean).join(', ')}
          <br />
          <span data-testid="stage-date">{formatDate(screeningDay(screening.date), lang, 'day')}</span>
        </p>
      )}
    </div>
  );
}
