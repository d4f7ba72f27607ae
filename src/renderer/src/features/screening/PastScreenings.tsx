import { useTranslation } from 'react-i18next';
import { listScreenings } from '../../data/repos/screenings';
import { useLive } from '../../data/use-live';
import { formatDate } from '../../i18n/format';
import { LineIcon } from '../../ui/LineIcon';
import { screeningDay } from './ScreeningSummary';
import { useLang } from '../../i18n/use-lang';

/** Every screening this kiosk has stored, newest first, with its phase. */
export function PastScreenings({ activeId }: { activeId: string | undefined }) {
  const { t } = useTranslation('screening');
  const lang = useLang();
  const rows = useLive(() => listScreenings(), [], []);
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby="past-screenings">
      <h3 id="past-screenings">
        <LineIcon name="calendar" /> {t('past.title')}
      </h3>
      <ul className="past-list" aria-labelledby="past-screenings">
        {rows.map((s) => (
          <li key={s.id} aria-current={s.id === activeId ? 'true' : undefined}>
            <span className="past-list__date">{formatDate(screeningDay(s.date), lang)}</span>
            <span className="past-list__place">
              {[s.place.venue, s.place.town, s.place.region, s.place.country].filter(Boolean).join(', ')}
            </span>
            <span className="past-list__phase">{t(`phase.${s.phase}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
