import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { showStageCloud, stageCloudShown } from '../../data/repos/word-cloud';
import { useLive } from '../../data/use-live';
import { LineIcon } from '../../ui/LineIcon';
import { isTyping, SHORTCUTS } from './use-moderate';

/** Puts the evening's word cloud on the stage while no question is on it, or takes it off (key W). */
export function CloudToggle({ screeningId }: { screeningId: string }) {
  const { t } = useTranslation('debate');
  const shown = useLive(() => stageCloudShown(screeningId), [screeningId], false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== SHORTCUTS.cloud || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      void showStageCloud(screeningId, !shown);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screeningId, shown]);
  return (
    <button
      type="button"
      aria-pressed={shown}
      aria-keyshortcuts={SHORTCUTS.cloud}
      onClick={() => void showStageCloud(screeningId, !shown)}
    >
      <LineIcon name="chart" /> {t(shown ? 'cloud.hide' : 'cloud.show')} <kbd>{SHORTCUTS.cloud.toUpperCase()}</kbd>
    </button>
  );
}
