import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { useNavigate } from '../../ui/navigation';
import { writeErrorCode } from '../../data/errors';
import { setPhase } from '../../data/repos/screenings';
import type { Screening } from '../../data/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { DebateClock } from './DebateClock';

/**
 * Where the evening is: the debate clock and the next step (open the debate when there
 * was no film, open the pledges, back to questions, then closing). The film's end or its
 * skip button (with its confirmation) opens the debate from the screening section.
 */
export function PhaseBar({ screening }: { screening: Screening }) {
  const { t } = useTranslation('debate');
  const go = useNavigate();
  const [error, setError] = useState<ErrorCode | null>(null);
  const run = (p: Promise<unknown>) =>
    void p.then(
      () => setError(null),
      (err: unknown) => setError(writeErrorCode(err)),
    );
  const { id, phase } = screening;
  return (
    <div className="debate__phase">
      <p className="debate__phase-name" data-testid="debate-phase">
        {t(`phase.${phase}`)}
      </p>
      <DebateClock screeningId={id} />
      <div className="actions">
        {phase === 'setup' && (
          <button type="button" onClick={() => run(setPhase(id, 'debate', 'console'))}>
            <LineIcon name="speech" /> {t('phase.openDebate')}
          </button>
        )}
        {phase === 'screening' && (
          <button type="button" onClick={() => go('console', 'screening')}>
            <LineIcon name="film" /> {t('phase.toFilm')}
          </button>
        )}
        {phase === 'debate' && (
          <button type="button" onClick={() => run(setPhase(id, 'pledges'))}>
            <LineIcon name="heart" /> {t('phase.openPledges')}
          </button>
        )}
        {phase === 'pledges' && (
          <button type="button" onClick={() => run(setPhase(id, 'debate'))}>
            <LineIcon name="speech" /> {t('phase.backToQuestions')}
          </button>
        )}
        {(phase === 'debate' || phase === 'pledges') && (
          <button type="button" onClick={() => go('console', 'closing')}>
            <LineIcon name="flag" /> {t('phase.toClosing')}
          </button>
        )}
      </div>
      <ErrorMessage code={error} />
    </div>
  );
}
