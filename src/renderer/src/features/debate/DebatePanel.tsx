import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureTally } from '../../data/repos/tallies';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useActiveScreening } from '../../data/use-active-screening';
import { PhoneAccessCard } from '../phones';
import { DebateCounters } from './DebateCounters';
import { KioskLaunch } from './KioskLaunch';
import { OnStageCard } from './OnStageCard';
import { PhaseBar } from './PhaseBar';
import { QuestionQueue } from './QuestionQueue';
import { useModerate } from './use-moderate';
import { useDebateBoard, useQueueState } from './use-debate-board';
import './debate.css';

/**
 * Console → Debate: the question on stage, the live moderation queue, counters, the kiosk.
 * The queue's state (tab, page, search) is kept here, so the page, the counts and the
 * question on stage are one live query (useDebateBoard), re-read once per write.
 */
export function DebatePanel() {
  const { t } = useTranslation('debate');
  const screening = useActiveScreening();
  const id = screening?.id;
  const moderate = useModerate(id);
  const queue = useQueueState();
  const board = useDebateBoard(screening, queue);
  const counts = board?.counts ?? null;
  // Counted once from the indexes if this screening has no tally yet; kept by every write after.
  useEffect(() => {
    if (id) moderate.guard(ensureTally(id));
  }, [id, moderate]);
  if (!screening)
    return (
      <section className="debate">
        <h2>{t('common:nav.debate')}</h2>
        <p>{t('noScreening')}</p>
      </section>
    );
  return (
    <section className="debate">
      {/* The section's name and the evening's next step share one line: height is for the queue. */}
      <div className="debate__top">
        <h2>{t('common:nav.debate')}</h2>
        <PhaseBar screening={screening} />
      </div>
      <ErrorMessage code={moderate.error} />
      <div className="debate__grid">
        <div className="debate__main">
          <OnStageCard screening={screening} question={board?.onStage} moderate={moderate} />
          <QuestionQueue screening={screening} board={board} queue={queue} moderate={moderate} />
        </div>
        <aside className="debate__side">
          {/* First in the column: the phones' toggle and codes are reachable without scrolling at 1366×768. */}
          <PhoneAccessCard screening={screening} questions={counts?.fromPhone ?? null} />
          {counts && <DebateCounters screeningId={screening.id} counts={counts} />}
          <KioskLaunch />
        </aside>
      </div>
    </section>
  );
}
