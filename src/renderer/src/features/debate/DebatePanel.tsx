import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { questionCounts } from '../../data/repos/questions';
import { ensureTally } from '../../data/repos/tallies';
import { useLive } from '../../data/use-live';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useActiveScreening } from '../../data/use-active-screening';
import { PhoneAccessCard } from '../phones';
import { DebateCounters } from './DebateCounters';
import { KioskLaunch } from './KioskLaunch';
import { OnStageCard } from './OnStageCard';
import { PhaseBar } from './PhaseBar';
import { QuestionQueue } from './QuestionQueue';
import { useModerate } from './use-moderate';
import './debate.css';

/** Console → Debate: the question on stage, the live moderation queue, counters, the kiosk. */
export function DebatePanel() {
  const { t } = useTranslation('debate');
  const screening = useActiveScreening();
  const moderate = useModerate();
  const counts = useLive(() => (screening ? questionCounts(screening.id) : null), [screening?.id], null);
  const id = screening?.id;
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
          <OnStageCard screening={screening} moderate={moderate} />
          {/* Not behind the counts: its first page is read alongside them. */}
          <QuestionQueue screening={screening} counts={counts} moderate={moderate} />
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
