import { useTranslation } from 'react-i18next';
import { sourceOf } from '@shared/records/constants';
import { votesFor } from '../../data/repos/phones';
import type { Question } from '../../data/types';
import { useLive } from '../../data/use-live';
import './phones.css';

/** In a queue row: "from a phone", and the "me too" count once there is one. */
export function PhoneMarks({ question: q }: { question: Question }) {
  const { t } = useTranslation('phones');
  // Phones vote on approved (and projected) questions only: a long pending queue runs no
  // vote query per row, and a burst of votes re-runs only the few that can change.
  const votable = q.status === 'approved' || q.status === 'on_stage' || q.status === 'answered';
  const votes = useLive(() => (votable ? votesFor(q.id) : Promise.resolve(0)), [q.id, votable], 0);
  const phone = sourceOf(q) === 'phone';
  if (!phone && votes === 0) return null;
  return (
    <>
      {phone && (
        <>
          {' '}
          · <span className="q-row__phone">{t('fromPhone')}</span>
        </>
      )}
      {votes > 0 && (
        <>
          {' '}
          ·{' '}
          <span className="q-row__votes" data-testid="question-votes">
            {t('votes', { count: votes })}
          </span>
        </>
      )}
    </>
  );
}
