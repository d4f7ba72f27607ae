import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { useNavigate } from '../../ui/navigation';
import { writeErrorCode } from '../../data/errors';
import { startFilm } from '../../data/repos/playback';
import type { Screening } from '../../data/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { PlaybackControls } from './PlaybackControls';
import { ProjectButtons } from './ProjectButtons';
import { ScreeningSummary } from './ScreeningSummary';
import { findFilm, useFilms } from './use-films';

/** The screening running now: what was entered, its phase, and the next step. */
export function ActiveScreening({ screening, onNew }: { screening: Screening; onNew: () => void }) {
  const { t } = useTranslation('screening');
  const go = useNavigate();
  const { films, loading } = useFilms();
  const [error, setError] = useState<ErrorCode | null>(null);
  const film = findFilm(films, screening.filmId);
  const start = () =>
    void startFilm(screening.id, screening.filmId).then(
      () => setError(null),
      (err: unknown) => setError(writeErrorCode(err)),
    );
  const { phase } = screening;
  return (
    <section className="card" aria-labelledby="active-screening">
      <h3 id="active-screening">{t('active.title')}</h3>
      <ScreeningSummary screening={screening} filmTitle={film?.title} />
      {(phase === 'setup' || phase === 'screening') && <ProjectButtons />}
      {phase === 'screening' && <PlaybackControls screeningId={screening.id} film={film} />}
      {!film && !loading && (
        <p className="alert" role="alert">
          {t('active.filmMissing')}
        </p>
      )}
      <ErrorMessage code={error} />
      <div className="actions">
        {phase === 'setup' && (
          <button type="button" className="primary" onClick={start} disabled={!film}>
            <LineIcon name="play" /> {t('active.startFilm')}
          </button>
        )}
        {(phase === 'debate' || phase === 'pledges') && (
          <button type="button" className="primary" onClick={() => go('console', 'debate')}>
            {t('active.toDebate')}
          </button>
        )}
        <button type="button" onClick={onNew}>
          <LineIcon name="plus" /> {t('active.new')}
        </button>
      </div>
    </section>
  );
}
