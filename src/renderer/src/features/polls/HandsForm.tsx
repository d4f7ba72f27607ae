import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setHands } from '../../data/repos/polls';
import { PollRejected } from '../../data/repos/polls';
import type { Poll } from '../../data/types';
import type { PollResult } from '@shared/polls/results';
import { pollProblemText } from './poll-problem';

interface Props {
  poll: Poll;
  result: PollResult;
  /** People counted in the room (0: not counted yet). */
  attendance: number;
}

/** The show-of-hands counts of an open poll, typed per option; a bad count is refused with the reason, the typing kept. */
export function HandsForm({ poll, result, attendance }: Props) {
  const { t } = useTranslation('polls');
  const [typed, setTyped] = useState<Record<string, string>>(() =>
    Object.fromEntries(result.options.map((o) => [o.optionId, o.byChannel.hands ? String(o.byChannel.hands) : ''])),
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const labels = Object.fromEntries(poll.options.map((o) => [o.id, o.label]));
  const save = async () => {
    try {
      await setHands(poll.id, typed, attendance);
      setMessage({ ok: true, text: t('hands.saved') });
    } catch (err) {
      const total = Object.values(typed).reduce((s, v) => s + (Number(v) || 0), 0);
      const text =
        err instanceof PollRejected && err.problem === 'over_attendance'
          ? t('problem.over_attendance', { total, attendance })
          : pollProblemText(err, t, labels);
      setMessage({ ok: false, text });
    }
  };
  return (
    <form
      className="hands"
      aria-label={t('hands.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h4>{t('hands.title')}</h4>
      <p className="hint">{t('hands.help')}</p>
      <p className="hint">{attendance > 0 ? t('hands.attendance', { count: attendance }) : t('hands.noAttendance')}</p>
      <div className="hands__fields">
        {poll.options.map((o) => (
          <label key={o.id}>
            <span>{o.label}</span>
            <input
              inputMode="numeric"
              value={typed[o.id] ?? ''}
              onChange={(e) => setTyped({ ...typed, [o.id]: e.target.value })}
            />
          </label>
        ))}
      </div>
      <button type="submit">{t('hands.save')}</button>
      {message && (
        <p className={message.ok ? 'notice' : 'alert'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
