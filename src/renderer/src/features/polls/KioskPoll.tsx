import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerPoll, PollRejected } from '../../data/repos/polls';
import type { Poll } from '../../data/types';
import { formatClock } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LineIcon } from '../../ui/LineIcon';
import { optionLabel } from './option-label';
import { pollProblemText } from './poll-problem';
import { PollIcon } from './PollIcon';
import './polls.css';
import { PromptPlayer } from './PromptRecorder';

interface Props {
  poll: Poll;
  thanksSec: number;
  /** This person picked an answer: the poll is theirs until the visit ends. */
  onTouch: () => void;
  /** Back to the welcome screen for this person (they skip the poll). */
  onSkip: () => void;
  /** The visit is over: reset for the next person. */
  onDone: () => void;
}

/**
 * One person answers the open poll: big pictures, the question's voice prompt plays, a
 * tap picks (and plays that option's prompt), "send" stores it. "Thank you" comes only
 * once the answer and its outbox change are committed; a poll closed meanwhile is said.
 */
export function KioskPoll({ poll, thanksSec, onTouch, onSkip, onDone }: Props) {
  const { t } = useTranslation('polls');
  const lang = useLang();
  const [picked, setPicked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(onDone, thanksSec * 1000);
    return () => clearTimeout(timer);
  }, [outcome, thanksSec, onDone]);
  const send = async () => {
    if (!picked || busy) return;
    setBusy(true);
    try {
      await answerPoll(poll.id, picked, 'kiosk');
      setOutcome({ ok: true, text: t('kiosk.thanks') });
    } catch (err) {
      const closed = err instanceof PollRejected && err.problem === 'not_open';
      setOutcome({ ok: false, text: closed ? t('kiosk.closed') : pollProblemText(err, t) });
    } finally {
      setBusy(false);
    }
  };
  if (outcome)
    return (
      <section className="kiosk__screen kiosk__thanks" aria-labelledby="poll-done">
        <LineIcon name={outcome.ok ? 'heart' : 'close'} size={96} />
        <div role={outcome.ok ? 'status' : 'alert'}>
          <h2 id="poll-done">{outcome.text}</h2>
        </div>
        <button type="button" className="big primary" onClick={onDone}>
          <LineIcon name="home" size={32} /> {t('kiosk.next')}
        </button>
        <p className="kiosk__small">{t('attendee:thanks.resets', { time: formatClock(thanksSec) })}</p>
      </section>
    );
  const chosen = poll.options.find((o) => o.id === picked);
  return (
    <section className="kiosk__screen kiosk-poll" aria-labelledby="kiosk-poll-q">
      <p className="kiosk__lead">{t('kiosk.title')}</p>
      <h2 id="kiosk-poll-q">{poll.question}</h2>
      {poll.prompt && <PromptPlayer prompt={poll.prompt} autoPlay />}
      <p className="kiosk__small">{t('kiosk.choose')}</p>
      <div className="kiosk-poll__options" role="group" aria-labelledby="kiosk-poll-q">
        {poll.options.map((o) => (
          <button
            key={o.id}
            type="button"
            className="choice kiosk-poll__option"
            aria-pressed={picked === o.id}
            onClick={() => {
              setPicked(o.id);
              onTouch();
            }}
          >
            <PollIcon name={o.icon} size={poll.options.length > 4 ? 88 : 110} />
            <span>{optionLabel(o, lang)}</span>
          </button>
        ))}
      </div>
      {chosen?.prompt && <PromptPlayer key={chosen.id} prompt={chosen.prompt} autoPlay />}
      <div className="kiosk__row">
        <button type="button" className="big" onClick={onSkip}>
          <LineIcon name="forward" size={32} /> {t('kiosk.skip')}
        </button>
        <button type="button" className="big primary" onClick={() => void send()} disabled={!picked || busy}>
          <LineIcon name="check" size={32} /> {t('kiosk.send')}
        </button>
      </div>
    </section>
  );
}
