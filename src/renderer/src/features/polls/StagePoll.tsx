import { useTranslation } from 'react-i18next';
import type { Poll } from '../../data/types';
import type { PollResult } from '@shared/polls/results';
import { useLang } from '../../i18n/use-lang';
import { optionLabel } from './option-label';
import { PollBars } from './PollBars';
import { PollIcon } from './PollIcon';
import { StagePollPhones } from './StagePollPhones';
import './stage-poll.css';

/**
 * The projector while a poll is on stage: the question and its pictures, and how to
 * answer; the bar chart only once the facilitator reveals it (the room should not
 * follow the first answers). While it is open and phones may join, their QR codes too.
 */
export function StagePoll({ poll, result }: { poll: Poll; result: PollResult }) {
  const { t } = useTranslation('polls');
  const lang = useLang();
  return (
    <section className="stage-poll" aria-labelledby="stage-poll-q" data-revealed={poll.revealed}>
      <h1 id="stage-poll-q" lang={poll.language === 'other' ? undefined : poll.language}>
        {poll.question}
      </h1>
      {poll.revealed ? (
        <div className="stage-poll__results">
          <h2>{t('stage.results')}</h2>
          <PollBars result={result} iconSize={72} />
        </div>
      ) : (
        <>
          <div className="stage-poll__ask">
            <ul className="stage-poll__options">
              {poll.options.map((o) => (
                <li key={o.id}>
                  <PollIcon name={o.icon} size={120} />
                  <span>{optionLabel(o, lang)}</span>
                </li>
              ))}
            </ul>
            {poll.state === 'open' && <StagePollPhones screeningId={poll.screeningId} />}
          </div>
          {poll.state === 'open' && (
            <p className="stage-poll__how">
              {t('stage.answerHere')} · {t('stage.handsToo')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
