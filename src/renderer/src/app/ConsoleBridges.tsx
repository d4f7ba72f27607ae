import { usePhoneBridge } from '../features/phones/use-phone-bridge';
import { usePhonePoll } from '../features/polls/use-phone-poll';

/**
 * The console's phone side, whichever section is open: drains phone entries, publishes the
 * approved questions and the open poll. Its own chunk, mounted right after the first paint.
 */
export function ConsoleBridges() {
  usePhoneBridge();
  usePhonePoll();
  return null;
}
