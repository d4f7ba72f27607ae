import { useEffect, useRef } from 'react';
import type { FilmInfo } from '@shared/bridge';
import { getPlayback } from '../../data/repos/playback';
import type { PlaybackState, Screening } from '../../data/types';
import { useLive } from '../../data/use-live';
import { useStagePlayback } from './use-stage-playback';
import './screening.css';
import { findFilm, refreshFilms, useFilms } from './use-films';

/** The projector during the film: the film alone, no controls (the console drives it). */
export function StageFilm({ screening }: { screening: Screening }) {
  const playback = useLive(() => getPlayback(screening.id), [screening.id], undefined);
  const { films } = useFilms();
  // The film may have been imported after this window opened: read the library again.
  useEffect(() => void refreshFilms(), [screening.filmId]);
  const film = findFilm(films, playback?.filmId ?? screening.filmId);
  if (!film || !playback) return <div className="stage__film" />;
  return <FilmPlayer key={film.id} film={film} screeningId={screening.id} playback={playback} />;
}

function FilmPlayer({ film, screeningId, playback }: { film: FilmInfo; screeningId: string; playback: PlaybackState }) {
  const video = useRef<HTMLVideoElement>(null);
  useStagePlayback(video, screeningId, playback);
  return (
    <div className="stage__film">
      <video ref={video} src={film.src} preload="auto" playsInline data-film-id={film.id}>
        {film.subtitles.map((s) => (
          <track key={s.lang} kind="subtitles" srcLang={s.lang} label={s.lang} src={s.src} />
        ))}
      </video>
    </div>
  );
}
