import { useEffect } from 'react';
import type { PhonePoll } from '@shared/phone-poll';
import { getSetting } from '../../data/repos/settings';
import { useActiveScreening } from '../../data/use-active-screening';
import { useLive } from '../../data/use-live';
import type { Poll } from '../../data/types';
import { loadAllLangs } from '../../i18n';
import { StringsMissing } from '../../i18n/failed-strings';
import { kiosk } from '../../platform';
import { optionLabels } from './option-label';
import { POLL_ICON_PATHS } from './poll-icon-paths';
import { useOpenPoll } from './use-polls';

/** Without the polls strings (they failed to load) phones read each option as typed. */
function wordings(o: Poll['options'][number]) {
  try {
    return optionLabels(o);
  } catch (err) {
    if (err instanceof StringsMissing) return undefined;
    throw err;
  }
}

/** What phones see of an open poll: the question and its options, never its counts. */
export const phonePollOf = (p: Poll): PhonePoll => ({
  id: p.id,
  screeningId: p.screeningId,
  kind: p.kind,
  language: p.language,
  question: p.question,
  options: p.options.map((o) => {
    const labels = wordings(o);
    return { id: o.id, icon: o.icon, path: POLL_ICON_PATHS[o.icon], label: o.label, ...(labels && { labels }) };
  }),
});

/**
 * The option wordings phones get are read in both languages (optionLabels), and a console
 * loads its strings per section: one that reopened after a power cut with a poll still
 * open, its Polls section never shown, would otherwise send phones raw keys. Every
 * publish waits on this one promise, so they still go out in the order asked; one that
 * failed is asked for again at the next publish.
 */
let stringsReady: Promise<unknown> | null = null;
const bothLanguages = () =>
  (stringsReady ??= loadAllLangs().catch(() => {
    stringsReady = null;
  }));

/**
 * The console tells the phone server which poll is open (mounted once, beside the phone
 * bridge): phones may answer it while it is open, and only then. Re-sent when phone
 * access starts again (a new server knows no poll).
 */
export function usePhonePoll(): void {
  const screening = useActiveScreening();
  const live = screening && screening.phase !== 'closed' ? screening.id : null;
  const open = useOpenPoll(live);
  const access = useLive(() => getSetting('phones.access'), [], undefined);
  const key = open ? `${open.id}@${open.rev}` : null;
  useEffect(() => {
    void bothLanguages().then(() => kiosk.phones.publishPoll(open ? phonePollOf(open) : null));
    // Only a new poll, a new revision or a new link matters; `open` is a fresh object each read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, access?.url]);
}
