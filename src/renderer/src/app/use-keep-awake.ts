import { useEffect } from 'react';
import { activeScreening } from '../data/repos/screenings';
import { useLive } from '../data/use-live';
import { kiosk } from '../platform';

/**
 * Tells the platform whether a screening is open, so the displays do not sleep in the
 * middle of the film or the debate, and normal power settings return once it is closed.
 */
export function useKeepAwake(): void {
  const open = useLive(
    async () => {
      const s = await activeScreening();
      return !!s && s.phase !== 'closed';
    },
    [],
    false,
  );
  useEffect(() => {
    void kiosk.power.keepAwake(open);
  }, [open]);
}

/** The hook as a component, for App to mount after the first paint (it reads the database). */
export function KeepAwake(): null {
  useKeepAwake();
  return null;
}
