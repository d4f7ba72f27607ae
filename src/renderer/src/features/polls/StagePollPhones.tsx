import { useTranslation } from 'react-i18next';
import { getSetting } from '../../data/repos/settings';
import { useLive } from '../../data/use-live';
import { PhoneJoinCodes } from '../phones/PhoneJoinCodes';

/**
 * Beside an open poll's pictures on the stage: the codes phones scan to answer it (the
 * Wi-Fi, then the page), only while phone access is on for this screening — no empty box
 * otherwise. The link is the one the console shows, so a new link or address follows.
 */
export function StagePollPhones({ screeningId }: { screeningId: string }) {
  const { t } = useTranslation('polls');
  const access = useLive(() => getSetting('phones.access'), [], undefined);
  if (!access?.url || access.screeningId !== screeningId) return null;
  return (
    <aside className="stage-poll__phones" aria-label={t('stage.phones')}>
      <p>{t('stage.phones')}</p>
      <PhoneJoinCodes url={access.url} size={240} />
    </aside>
  );
}
