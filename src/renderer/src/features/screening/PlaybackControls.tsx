import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilmInfo } from '@shared/bridge';
import type { ErrorCode } from '@shared/result';
import { writeErrorCode } from '../../data/errors';
import { getPlayback, requestSeek, setPlaying, setSubtitles, setVolume } from '../../data/repos/playback';
import { useLive } from '../../data/use-live';
import { formatClock } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { SkipToDebate } from './SkipToDebate';
import { useDebouncedCommit } from './use-debounced-commit';

/**
 * The console's remote control for the film on the stage. It only writes wishes (the
 * playback row and audit events); the stage plays and reports back where it is.
 */
export function PlaybackControls({ screeningId, film }: { screeningId: string; film: FilmInfo | undefined }) {
  const { t } = useTranslation('screening');
  const pb = useLive(() => getPlayback(screeningId), [screeningId], undefined);
  const [error, setError] = useState<ErrorCode | null>(null);
  const run = (p: Promise<unknown>) =>
    void p.then(
      () => setError(null),
      (err: unknown) => setError(writeErrorCode(err)),
    );
  const duration = pb?.durationSec ?? film?.durationSec ?? 0;
  const [pos, seek] = useDebouncedCommit(pb?.positionSec ?? 0, (v) => run(requestSeek(screeningId, v)));
  const [vol, volume] = useDebouncedCommit(pb?.volume ?? 1, (v) => run(setVolume(screeningId, v)), 150);
  if (!pb) return null;
  const jump = (d: number) => run(requestSeek(screeningId, pb.positionSec + d));
  const tracks = ['off', ...(film?.subtitles.map((s) => s.lang) ?? [])];
  return (
    <section className="playback" aria-label={t('playback.title')}>
      <p className="playback__clock" role="status" aria-live="off">
        <span data-testid="film-position">{formatClock(pos)}</span> / <span>{formatClock(duration)}</span>{' '}
        <span className="playback__state">{t(pb.playing ? 'playback.playing' : 'playback.paused')}</span>
      </p>
      {pb.stageError && (
        <p className="alert" role="alert">
          {t(pb.stageError === 'blocked' ? 'playback.stageBlocked' : 'playback.stageError')}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => jump(-10)}>
          <LineIcon name="back" /> {t('playback.back10')}
        </button>
        <button type="button" className="primary" onClick={() => run(setPlaying(screeningId, !pb.playing))}>
          <LineIcon name={pb.playing ? 'pause' : 'play'} /> {t(pb.playing ? 'playback.pause' : 'playback.play')}
        </button>
        <button type="button" onClick={() => jump(10)}>
          {t('playback.forward10')} <LineIcon name="forward" />
        </button>
      </div>
      <label className="playback__slider">
        <span>{t('playback.position')}</span>
        <input
          type="range"
          min={0}
          max={Math.max(1, Math.floor(duration))}
          step={1}
          value={Math.floor(pos)}
          onChange={(e) => seek(Number(e.target.value))}
        />
      </label>
      <label className="playback__slider">
        <span>
          <LineIcon name="volume" /> {t('playback.volume')}
        </span>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(vol * 100)}
          onChange={(e) => volume(Number(e.target.value) / 100)}
        />
      </label>
      <div className="actions" role="group" aria-label={t('playback.subtitles')}>
        <LineIcon name="subtitles" />
        <span>{t('playback.subtitles')}</span>
        {tracks.map((lang) => (
          <button
            key={lang}
            type="button"
            aria-pressed={pb.subtitles === lang}
            onClick={() => run(setSubtitles(screeningId, lang))}
          >
            {lang === 'off' ? t('playback.subtitlesOff') : t(`common:languageName.${lang}`, { defaultValue: lang })}
          </button>
        ))}
      </div>
      <ErrorMessage code={error} />
      <SkipToDebate screeningId={screeningId} />
    </section>
  );
}
