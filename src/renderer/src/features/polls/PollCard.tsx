import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closePoll, openPoll, revealPoll, takeOffStage } from '../../data/repos/polls';
import type { Poll } from '../../data/types';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LineIcon } from '../../ui/LineIcon';
import { HandsForm } from './HandsForm';
import type { PollResult } from '@shared/polls/results';
import { PollBars } from './PollBars';
import { pollProblemText } from './poll-problem';
import { PromptPlayer } from './PromptRecorder';

interface Props {
  poll: Poll;
  result: PollResult;
  pairedQuestion: string | null;
  attendance: number;
  onEdit: () => void;
}

/** One poll in the console: what it is, its live results (always visible here), and its actions. */
export function PollCard({ poll, result, pairedQuestion, attendance, onEdit }: Props) {
  const { t } = useTranslation('polls');
  const lang = useLang();
  const n = (v: number) => formatNumber(v, lang);
  const [problem, setProblem] = useState<string | null>(null);
  const act = (fn: (id: string) => Promise<unknown>) => () =>
    void fn(poll.id).then(
      () => setProblem(null),
      (err: unknown) => setProblem(pollProblemText(err, t)),
    );
  const open = poll.state === 'open';
  return (
    <li className="poll-card" data-state={poll.state} aria-labelledby={`poll-${poll.id}`}>
      <h3 id={`poll-${poll.id}`}>{poll.question}</h3>
      <p className="poll-card__tags">
        <span className="tag">{t(`kind.${poll.kind}`)}</span>
        <span className="tag">{t(`phase.${poll.phase}`)}</span>
        {poll.family && <span className="tag">{t(`family.${poll.family}`)}</span>}
        <span className="tag tag--state">{t(`state.${poll.state}`)}</span>
        {poll.onStage && <span className="tag">{t('onStage')}</span>}
        {poll.revealed && <span className="tag">{t('revealedBadge')}</span>}
      </p>
      {pairedQuestion && <p className="hint">{t('pairedWith', { question: pairedQuestion })}</p>}
      {poll.prompt && <PromptPlayer prompt={poll.prompt} />}
      <PollBars result={result} iconSize={28} />
      <p className="hint">
        {t('results.nByChannel', { kiosk: n(result.n.kiosk), phone: n(result.n.phone), hands: n(result.n.hands) })}
      </p>
      <div className="poll-card__actions">
        {poll.state === 'draft' && (
          <button type="button" onClick={onEdit}>
            <LineIcon name="pencil" /> {t('act.edit')}
          </button>
        )}
        {!open && (
          <button type="button" className="primary" onClick={act(openPoll)}>
            <LineIcon name="play" /> {t(poll.state === 'draft' ? 'act.open' : 'act.reopen')}
          </button>
        )}
        {open && (
          <button type="button" onClick={act(closePoll)}>
            <LineIcon name="stop" /> {t('act.close')}
          </button>
        )}
        {poll.state !== 'draft' && (
          <button type="button" onClick={act((id) => revealPoll(id, !poll.revealed))} aria-pressed={poll.revealed}>
            <LineIcon name="chart" /> {t(poll.revealed ? 'act.hide' : 'act.reveal')}
          </button>
        )}
        {poll.onStage && !open && (
          <button type="button" onClick={act(takeOffStage)}>
            <LineIcon name="screen" /> {t('act.offStage')}
          </button>
        )}
      </div>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
      {open && <HandsForm key={poll.id} poll={poll} result={result} attendance={attendance} />}
    </li>
  );
}
