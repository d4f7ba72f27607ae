import { preloadable } from '../../ui/preloadable';
import { whenIdle } from '../../ui/when-idle';
import { PLEDGE_FLOW } from '../pledges';
import { preloadKioskPoll } from '../polls';

/** The attendee's question steps (keyboard, recorder) and the thank-you screen, each loaded on demand (AttendeeKiosk). */
export const QUESTION_FLOW = preloadable(() => import('./QuestionFlow').then((m) => m.QuestionFlow));
export const THANK_YOU = preloadable(() => import('./ThankYou').then((m) => m.ThankYou));
/** The PIN pad that takes the screen back: no attendee needs it, so the welcome does not wait for it. */
export const EXIT_PIN = preloadable(() => import('./PinPad').then((m) => m.PinPad));

/**
 * The steps after the welcome screen are their own chunks, so the welcome screen comes
 * first; they load once it is on screen and the kiosk is idle, so a tap never waits on a
 * slow disk.
 */
export function preloadWhenIdle(): () => void {
  return whenIdle(() => {
    // A chunk that fails to load fails in render, where the error screen is.
    for (const step of [QUESTION_FLOW, PLEDGE_FLOW, THANK_YOU, EXIT_PIN]) void step.preload().catch(() => undefined);
    void preloadKioskPoll().catch(() => undefined);
  });
}
