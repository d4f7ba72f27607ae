import { Suspense, useEffect } from 'react';
import { useActiveScreening } from '../data/use-active-screening';
import { StageChrome } from '../features/screening/StageChrome';
import { StageFilm } from '../features/screening/StageFilm';
import { StageIdle } from '../features/screening/StageIdle';
import { useCurrentPoll } from '../features/polls/use-polls';
import { preloadable } from '../ui/preloadable';

// The poll and the debate (with its QR codes and word cloud) are each their own chunk,
// fetched when a screening exists. The film is not: it is what the projector is for, and a
// play or seek the console sends must find it mounted, never a chunk still on its way.
const Poll = preloadable(() => import('../features/polls/StagePoll').then((m) => m.StagePoll));
const Debate = preloadable(() => import('../features/debate/StageDebate').then((m) => m.StageDebate));

/** The projector: no controls, what it shows follows the screening's phase (and the poll on stage). */
export function StageShell() {
  const screening = useActiveScreening();
  const poll = useCurrentPoll(screening?.id);
  const hasScreening = !!screening;
  // Once a screening exists, the debate is on its way before it is shown.
  useEffect(() => {
    if (hasScreening) void Debate.preload().catch(() => undefined);
  }, [hasScreening]);
  let content;
  // The film keeps the screen while it runs; a poll takes it in any other phase.
  if (screening?.phase === 'screening') content = <StageFilm screening={screening} />;
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
