import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilmInfo } from '@shared/bridge';
import type { ErrorCode } from '@shared/result';
import { kiosk } from '../../platform';
import { formatClock, formatNumber } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { ImportFilm } from './ImportFilm';
import { refreshFilms, useFilms } from './use-films';
import { useLang } from '../../i18n/use-lang';

/** The films on this kiosk (the sample always first) and the way to add one. */
export function FilmLibrary() {
  const { t } = useTranslation('screening');
  const { films, error } = useFilms();
  return (
    <section className="card" aria-labelledby="film-library">
      <h3 id="film-library">
        <LineIcon name="film" /> {t('library.title')}
      </h3>
      <ErrorMessage code={error} />
      <ul className="film-list" aria-labelledby="film-library">
        {films.map((f) => (
          <FilmRow key={f.id} film={f} />
        ))}
      </ul>
      <ImportFilm />
    </section>
  );
}

function FilmRow({ film }: { film: FilmInfo }) {
  const { t } = useTranslation('screening');
  const lang = useLang();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const langs = film.subtitles.map((s) => t(`common:languageName.${s.lang}`, { defaultValue: s.lang }));
  const mb = formatNumber(Math.max(1, Math.round(film.sizeBytes / 1e6)), lang);
  const remove = async () => {
    const res = await kiosk.media.remove(film.id);
    setError(res.ok ? null : res.code);
    setAsking(false);
    await refreshFilms();
  };
  return (
    <li className="film-list__item">
      <span className="film-list__title">{film.title}</span>
      <span>{film.durationSec ? formatClock(film.durationSec) : t('library.unknownDuration')}</span>
      <span>{t('library.size', { size: mb })}</span>
      <span>{langs.length ? t('library.subtitles', { langs: langs.join(', ') }) : t('library.noSubtitles')}</span>
      {film.bundled ? (
        <span className="film-list__badge">{t('library.bundled')}</span>
      ) : asking ? (
        <span role="alertdialog" aria-label={t('library.removeConfirm', { title: film.title })} className="actions">
          <span>{t('library.removeConfirm', { title: film.title })}</span>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('library.removeYes')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('common:actions.cancel')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          onClick={() => setAsking(true)}
          aria-label={t('library.removeNamed', { title: film.title })}
        >
          <LineIcon name="trash" /> {t('library.remove')}
        </button>
      )}
      <ErrorMessage code={error} />
    </li>
  );
}
