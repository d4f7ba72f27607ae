import { activeScreening } from '../../data/repos/screenings';
import type { Screening } from '../../data/types';
import { useLive } from '../../data/use-live';

/** The screening running now, live across windows; undefined before one is created. */
export function useActiveScreening(): Screening | undefined {
  return useLive(() => activeScreening(), [], undefined);
}
