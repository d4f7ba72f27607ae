import { useTranslation } from 'react-i18next';
import { debateOpenedAt } from '../../data/repos/questions';
import { useLive } from '../../data/use-live';
import { formatClock } from '../../i18n/format';
import { LineIcon } from '../../ui/LineIcon';
import { secondsSince, useNow } from './use-now';

/** How long the debate has run, from the stored phase change (survives a restart). */
export function DebateClock({ screeningId }: { screeningId: string }) {
  const { t } = useTranslation('debate');
  const openedAt = useLive(() => debateOpenedAt(screeningId), [screeningId], null);
  const now = useNow();
  if (!openedAt) return null;
  return (
    <p className="debate__clock" role="timer" aria-label={t('clock.label')}>
      <LineIcon name="clock" /> {t('clock.label')} <strong>{formatClock(secondsSince(openedAt, now))}</strong>
    </p>
  );
}
