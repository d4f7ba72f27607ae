import { activeScreening } from './repos/screenings';
import type { Screening } from './types';
import { useLive } from './use-live';

/** The screening running now, live across windows; undefined before one is created. */
export function useActiveScreening(): Screening | undefined {
  return useLive(() => activeScreening(), [], undefined);
}
