import { useActiveScreening } from '../data/use-active-screening';
import { StageChrome, StageFilm, StageIdle } from '../features/screening';
import { StageDebate } from '../features/debate';

/** The projector: no controls, what it shows follows the screening's phase. */
export function StageShell() {
  const screening = useActiveScreening();
  let content;
  if (screening?.phase === 'screening') content = <StageFilm screening={screening} />;
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
