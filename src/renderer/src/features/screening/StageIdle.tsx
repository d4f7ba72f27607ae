import { useTranslation } from 'react-i18next';
import type { Screening } from '../../data/types';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { screeningDay } from './ScreeningSummary';

/** The projector before the film (and after the screening): the title, where and when. */
export function StageIdle({ screening }: { screening: Screening | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="stage__idle">
      <h1 className="stage__title">{t('common:appName')}</h1>
      {screening && (
        <p className="stage__where">
          {[screening.place.venue, screening.place.town].filter(Boolean).join(', ')}
          <br />
          <span data-testid="stage-date">{formatDate(screeningDay(screening.date), i18n.language as Lang, 'day')}</span>
        </p>
      )}
    </div>
  );
}
