import { useEffect, useState } from 'react';
import { kiosk } from '../../platform';
import { useNavigate, type Navigate } from '../../ui/navigation';

/**
 * "Project on this screen": the console's own window becomes the stage, fullscreen. The
 * facilitator controls this window, so the way back needs no PIN: Escape, leaving
 * fullscreen, or the back button that shows when the mouse moves. Remembered for this
 * window only (sessionStorage): a separate stage window has no way back to offer.
 */
const KEY = 'kiosk.stageReturn';

export async function projectHere(go: Navigate): Promise<void> {
  sessionStorage.setItem(KEY, '1');
  // Asked before the route changes, while the click still counts as a user gesture.
  await kiosk.windows.setFullscreen(true);
  go('stage');
}

export function backToConsole(go: Navigate): void {
  sessionStorage.removeItem(KEY);
  void kiosk.windows.setFullscreen(false);
  go('console', 'screening');
}

/** True when this stage was opened from the console in the same window. */
export function useCanReturn(): boolean {
  const [can] = useState(() => sessionStorage.getItem(KEY) === '1');
  const go = useNavigate();
  useEffect(() => {
    if (!can) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') backToConsole(go);
    };
    // The browser leaves fullscreen by itself on Escape: follow it back to the console.
    const onFullscreen = () => {
      if (!document.fullscreenElement) backToConsole(go);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [can, go]);
  return can;
}
