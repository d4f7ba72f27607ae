import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { kiosk } from '../../platform';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { useStageOpen } from './stage-presence';
import { useNavigate } from '../../ui/navigation';
import { projectHere } from './stage-return';

/**
 * Where the film shows. With a stage open somewhere (a second display, another browser
 * window) the console says so; otherwise it offers to project on this screen or to
 * open the stage on a second display when one is connected.
 */
export function ProjectButtons() {
  const { t } = useTranslation('screening');
  const go = useNavigate();
  const stageOpen = useStageOpen();
  const [second, setSecond] = useState<number | undefined>(undefined);
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    void kiosk.displays.list().then((r) => {
      if (r.ok) setSecond(r.value.find((d) => !d.primary)?.id);
    });
  }, []);
  if (stageOpen)
    return (
      <p className="notice" role="status">
        <LineIcon name="screen" /> {t('project.open')}
      </p>
    );
  const openSecond = () => void kiosk.windows.open('stage', second).then((r) => setError(r.ok ? null : r.code));
  return (
    <div className="actions">
      <p className="project__none">{t('project.none')}</p>
      <button type="button" onClick={() => void projectHere(go)}>
        <LineIcon name="screen" /> {t('project.here')}
      </button>
      {second !== undefined && (
        <button type="button" onClick={openSecond}>
          <LineIcon name="screen" /> {t('project.second')}
        </button>
      )}
      <ErrorMessage code={error} />
    </div>
  );
}
