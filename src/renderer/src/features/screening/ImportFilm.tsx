import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilmInfo, ImportProgress } from '@shared/bridge';
import type { Result } from '@shared/result';
import { kiosk } from '../../platform';
import { formatClock } from '../../i18n/format';
import { LineIcon } from '../../ui/LineIcon';
import { checkPlayable } from './check-playable';
import { ImportOutcome, type Outcome } from './ImportOutcome';
import { refreshFilms } from './use-films';

/** Copies, then proves the film plays here; a film that cannot play is taken out again. */
async function importAndCheck(): Promise<Outcome> {
  const res: Result<FilmInfo> = await kiosk.media.importFilm();
  if (!res.ok)
    return res.code === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', code: res.code, detail: res.detail };
  const film = res.value;
  const playable = await checkPlayable(film.src);
  if (!playable.ok) {
    await kiosk.media.remove(film.id);
    return { kind: 'unplayable', title: film.title };
  }
  await kiosk.media.setDuration(film.id, Math.round(playable.durationSec * 100) / 100);
  return { kind: 'added', title: film.title, duration: formatClock(playable.durationSec) };
}

/** "Import a film" with a progress bar and a cancel button, then what came of it. */
export function ImportFilm() {
  const { t } = useTranslation('screening');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => kiosk.media.onImportProgress(setProgress), []);

  const start = async () => {
    setBusy(true);
    setOutcome(null);
    setProgress(null);
    try {
      setOutcome(await importAndCheck());
    } finally {
      setBusy(false);
      setProgress(null);
      await refreshFilms();
    }
  };
  const percent = progress && progress.total > 0 ? Math.floor((progress.copied / progress.total) * 100) : 0;
  return (
    <div className="import">
      <p className="field__hint">{t('import.hint')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
          <LineIcon name="upload" /> {t('import.button')}
        </button>
        {busy && (
          <button type="button" onClick={() => void kiosk.media.cancelImport()}>
            {t('import.cancel')}
          </button>
        )}
      </div>
      {busy && (
        <div className="import__progress" role="status">
          <progress max={100} value={percent} aria-label={t('import.progressLabel')} />
          <span>{progress ? t('import.copying', { file: progress.file, percent }) : t('import.waiting')}</span>
        </div>
      )}
      <ImportOutcome outcome={outcome} />
    </div>
  );
}
