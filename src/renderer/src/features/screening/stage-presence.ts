import { useEffect, useState } from 'react';

/**
 * Whether a stage is showing somewhere, told between windows of this origin over a
 * BroadcastChannel. Presence is not stored: after a restart it is asked again, and a
 * stale "stage open" must never hide the console's "project" buttons.
 */
const CHANNEL = 'mam-stage-presence';
type Msg = { type: 'ping' } | { type: 'here' } | { type: 'gone' };

/** Stage side: answers pings while mounted, says goodbye on unmount or page close. */
export function useStagePresence(): void {
  useEffect(() => {
    const ch = new BroadcastChannel(CHANNEL);
    const say = (type: Msg['type']) => ch.postMessage({ type } satisfies Msg);
    ch.onmessage = (e: MessageEvent<Msg>) => {
      if (e.data.type === 'ping') say('here');
    };
    const gone = () => say('gone');
    say('here');
    window.addEventListener('pagehide', gone);
    return () => {
      window.removeEventListener('pagehide', gone);
      gone();
      ch.close();
    };
  }, []);
}

/** Console side: true while some window answers as the stage (asked every few seconds). */
export function useStageOpen(): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const ch = new BroadcastChannel(CHANNEL);
    let lastHere = 0;
    ch.onmessage = (e: MessageEvent<Msg>) => {
      if (e.data.type === 'here') lastHere = Date.now();
      if (e.data.type === 'gone') lastHere = 0;
      setOpen(lastHere > 0);
    };
    const ping = () => {
      ch.postMessage({ type: 'ping' } satisfies Msg);
      if (lastHere > 0 && Date.now() - lastHere > 7000) setOpen(false);
    };
    ping();
    const timer = setInterval(ping, 3000);
    return () => {
      clearInterval(timer);
      ch.close();
    };
  }, []);
  return open;
}
