import { Suspense, useEffect } from 'react';
import { useActiveScreening } from '../data/use-active-screening';
import { StageChrome } from '../features/screening/StageChrome';
import { StageIdle } from '../features/screening/StageIdle';
import { useCurrentPoll } from '../features/polls/use-polls';
import { preloadable } from './preloadable';

// The film, the poll and the debate (with its QR codes and word cloud) are each their own
// chunk, fetched when the screening reaches them: the stage starts with its idle screen only.
const Film = preloadable(() => import('../features/screening/StageFilm').then((m) => m.StageFilm));
const Poll = preloadable(() => import('../features/polls/StagePoll').then((m) => m.StagePoll));
const Debate = preloadable(() => import('../features/debate/StageDebate').then((m) => m.StageDebate));

/** The projector: no controls, what it shows follows the screening's phase (and the poll on stage). */
export function StageShell() {
  const screening = useActiveScreening();
  const poll = useCurrentPoll(screening?.id);
  const hasScreening = !!screening;
  // Once a screening exists, the film and the debate are on their way before they are shown:
  // a film started from the console plays (and seeks) on the stage as soon as it is asked.
  useEffect(() => {
    if (hasScreening) for (const view of [Film, Debate]) void view.preload().catch(() => undefined);
  }, [hasScreening]);
  let content;
  // The film keeps the screen while it runs; a poll takes it in any other phase.
  if (screening?.phase === 'screening') content = <Film.Component screening={screening} />;
  else if (poll) content = <Poll.Component poll={poll.poll} result={poll.result} />;
  else if (screening && (screening.phase === 'debate' || screening.phase === 'pledges'))
    content = <Debate.Component screening={screening} />;
  else content = <StageIdle screening={screening} />;
  return (
    <div className="stage">
      <Suspense fallback={null}>{content}</Suspense>
      <StageChrome />
    </div>
  );
}
