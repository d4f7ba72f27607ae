import { useTranslation } from 'react-i18next';
import { phoneVisibleQuestions } from '../../data/repos/phones';
import { getSetting } from '../../data/repos/settings';
import type { Screening } from '../../data/types';
import { useLive } from '../../data/use-live';
import { PhoneJoinCodes } from './PhoneJoinCodes';
import './phones.css';

const TOP = 3;

/**
 * The stage while phones may join: the codes to join, and the approved questions most
 * phones said "me too" to (approved ones only: nothing unmoderated reaches the stage).
 */
export function StagePhones({ screening }: { screening: Screening }) {
  const { t } = useTranslation('phones');
  const access = useLive(() => getSetting('phones.access'), [], undefined);
  const top = useLive(
    async () =>
      (await phoneVisibleQuestions(screening.id))
        .filter((q) => q.votes > 0)
        .sort((a, b) => b.votes - a.votes)
        .slice(0, TOP),
    [screening.id],
    [],
  );
  const on = !!access?.url && access.screeningId === screening.id;
  if (!on && top.length === 0) return null;
  return (
    <section className="stage__phones" aria-labelledby="stage-phones">
      <h2 id="stage-phones">{t('stage.title')}</h2>
      {on && access?.url && <PhoneJoinCodes url={access.url} size={160} />}
      {top.length > 0 && (
        <ol className="stage__top-voted" data-testid="stage-top-voted">
          {top.map((q) => (
            <li key={q.id}>
              <span className="stage__top-text">{q.text}</span>{' '}
              <strong className="stage__top-votes">{t('votes', { count: q.votes })}</strong>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
