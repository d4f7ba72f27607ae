export interface PowerSaveBlockerApi {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
  isStarted(id: number): boolean;
}

/**
 * Keeps the displays awake while any window says a screening is open, and gives the
 * laptop its normal power settings back when the last one says it closed (or goes away).
 */
export function createKeepAwake(blocker: PowerSaveBlockerApi, log: (line: string) => void) {
  const wanting = new Set<number>();
  let id: number | null = null;
  const update = () => {
    if (wanting.size > 0 && id === null) {
      id = blocker.start('prevent-display-sleep');
      log('displays kept awake: a screening is open');
    } else if (wanting.size === 0 && id !== null) {
      if (blocker.isStarted(id)) blocker.stop(id);
      id = null;
      log('display sleep allowed again: no screening open');
    }
  };
  return {
    set(windowId: number, on: boolean): void {
      if (on) wanting.add(windowId);
      else wanting.delete(windowId);
      update();
    },
    forget(windowId: number): void {
      wanting.delete(windowId);
      update();
    },
    isOn: () => id !== null,
  };
}

export type KeepAwake = ReturnType<typeof createKeepAwake>;
