import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeScreening } from '../../data/repos/screenings';
import { useLive } from '../../data/use-live';
import { ActiveScreening } from './ActiveScreening';
import { CreateScreeningForm } from './CreateScreeningForm';
import { FilmLibrary } from './FilmLibrary';
import { PastScreenings } from './PastScreenings';
import './screening.css';

/**
 * Console → Screening. With no screening running (or the last one closed) the form to
 * create one comes first; otherwise the running screening and its film controls.
 */
export function ScreeningPanel() {
  const { t } = useTranslation('screening');
  // null while loading, so the form does not flash before the stored screening is read.
  const active = useLive(async () => ({ screening: await activeScreening() }), [], null);
  const [creating, setCreating] = useState(false);
  if (!active) return <h2>{t('title')}</h2>;
  const running = active.screening && active.screening.phase !== 'closed' ? active.screening : undefined;
  return (
    <section className="screening">
      <h2>{t('title')}</h2>
      {running && !creating ? (
        <ActiveScreening screening={running} onNew={() => setCreating(true)} />
      ) : (
        <CreateScreeningForm onClose={running ? () => setCreating(false) : undefined} />
      )}
      <FilmLibrary />
      <PastScreenings activeId={running?.id} />
    </section>
  );
}
