import { StageIdle } from '../features/screening/StageIdle';
import { afterPaint } from '../ui/after-paint';
import { afterFrame } from '../ui/after-frame';
import '../features/screening/screening.css';

/**
 * The projector's first chunk: the title (what it shows while it reads what is on stage,
 * as before) paints first, then the stage and its database load, right after its first
 * frame (not when idle: what is on stage should show as soon as it can).
 */
export const StageStart = afterPaint(() => import('./StageShell').then((m) => m.StageShell), Splash, afterFrame);

function Splash() {
  return (
    <div className="stage">
      <StageIdle screening={undefined} />
    </div>
  );
}
