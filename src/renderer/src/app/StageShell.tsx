import { useActiveScreening } from '../data/use-active-screening';
import { StageChrome, StageFilm, StageIdle } from '../features/screening';
import { StageDebate } from '../features/debate';
import { StagePoll, useCurrentPoll } from '../features/polls';

/** The projector: no controls, what it shows follows the screening's phase (and the poll on stage). */
export function StageShell() {
  const screening = useActiveScreening();
  const poll = useCurrentPoll(screening?.id);
  let content;
  // The film keeps the screen while it runs; a poll takes it in any other phase.
  if (screening?.phase === 'screening') content = <StageFilm screening={screening} />;
  else if (poll) content = <StagePoll poll={poll.poll} result={poll.result} />;
  else if (screening && (screening.phase === 'debate' || screening.phase === 'pledges'))
    content = <StageDebate screening={screening} />;
  else content = <StageIdle screening={screening} />;
  return (
    <div className="stage">
      {content}
      <StageChrome />
    </div>
  );
}
