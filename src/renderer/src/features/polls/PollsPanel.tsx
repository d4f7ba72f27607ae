import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPolls } from '../../data/repos/polls';
import { useActiveScreening } from '../../data/use-active-screening';
import type { Poll } from '../../data/types';
import { LANGUAGES } from '../../i18n/languages';
import { LineIcon } from '../../ui/LineIcon';
import { builtinSet } from './builtin-set';
import { PollCard } from './PollCard';
import { PollEditor } from './PollEditor';
import { pollProblemText } from './poll-problem';
import { useScreeningPolls } from './use-polls';
import './polls.css';

/**
 * Console → Polls: build polls (or start from IOM's before/after set), open and close
 * them, type show-of-hands counts, and reveal the results on the stage.
 */
export function PollsPanel() {
  const { t } = useTranslation('polls');
  const screening = useActiveScreening();
  const data = useScreeningPolls(screening?.id);
  const [editing, setEditing] = useState<Poll | 'new' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!screening)
    return (
      <section className="polls">
        <h2>{t('title')}</h2>
        <p>{t('noScreening')}</p>
      </section>
    );
  const a = screening.attendance;
  const attendance = Math.max(a.women + a.men, a.youth + a.adults);
  const records = data?.records ?? [];
  const addBuiltin = (lang: (typeof LANGUAGES)[number]) =>
    void createPolls(screening.id, builtinSet(lang)).then(
      (made) => setMessage({ ok: true, text: t('builtin.added', { count: made.length }) }),
      (err: unknown) => setMessage({ ok: false, text: pollProblemText(err, t) }),
    );
  return (
    <section className="polls" aria-labelledby="polls-title">
      <h2 id="polls-title">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <div className="polls__tools">
        <button type="button" className="primary" onClick={() => setEditing('new')} disabled={editing !== null}>
          <LineIcon name="plus" /> {t('new')}
        </button>
        {/* One label for both languages (the group names them): two long buttons wrapped at 1366 px. */}
        <span className="polls__builtin" role="group" aria-labelledby="polls-builtin">
          <span id="polls-builtin">{t('builtin.addLabel')}</span>
          {LANGUAGES.map((l) => (
            <button key={l} type="button" onClick={() => addBuiltin(l)}>
              <LineIcon name="book" /> {t(`common:languageName.${l}`)}
            </button>
          ))}
        </span>
      </div>
      <p className="hint">{t('builtin.note')}</p>
      {message && (
        <p className={message.ok ? 'notice' : 'alert'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {editing !== null && (
        <PollEditor
          key={editing === 'new' ? 'new' : editing.id}
          screeningId={screening.id}
          poll={editing === 'new' ? null : editing}
          befores={records.filter((p) => p.phase === 'before')}
          onDone={() => setEditing(null)}
        />
      )}
      {records.length === 0 && data && <p>{t('empty')}</p>}
      <ol className="polls__list" aria-label={t('listLabel')}>
        {data?.polls.map((result) => {
          const poll = records.find((p) => p.id === result.pollId)!;
          const paired = poll.pairedWith ? records.find((p) => p.id === poll.pairedWith) : undefined;
          return (
            <PollCard
              key={poll.id}
              poll={poll}
              result={result}
              pairedQuestion={paired?.question ?? null}
              attendance={attendance}
              onEdit={() => setEditing(poll)}
            />
          );
        })}
      </ol>
      <p className="hint">{t('results.perVisit')}</p>
    </section>
  );
}
