import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onStageQuestion } from '../../data/repos/questions';
import type { Question, Screening } from '../../data/types';
import { formatClock } from '../../i18n/format';
import { LineIcon } from '../../ui/LineIcon';
import { PanelistSelect } from './PanelistSelect';
import { QuestionBody } from './QuestionRow';
import { isTyping, SHORTCUTS, type Moderate } from './use-moderate';
import { secondsSince, useNow } from './use-now';
import { CloudToggle } from './CloudToggle';

/**
 * The question the hall sees now (`question`, read with the queue by the debate board),
 * with the time its answer has taken, who answers it, and "answered" (also the T key,
 * from anywhere in the debate view).
 */
export function OnStageCard(props: { screening: Screening; question: Question | undefined; moderate: Moderate }) {
  const { screening, question: q, moderate } = props;
  const { t } = useTranslation('debate');
  const now = useNow();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== SHORTCUTS.answered || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target))
        return;
      e.preventDefault();
      // The question on stage at the key press, read then: a facilitator watching the
      // projector may press T before this card has caught up with what was just projected.
      void onStageQuestion(screening.id).then((now) => now && moderate.act(now.id, 'answered'));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screening.id, moderate]);

  return (
    <section
      className={q ? 'card debate__onstage' : 'card debate__onstage debate__onstage--empty'}
      aria-labelledby="onstage-title"
    >
      <h3 id="onstage-title">
        <LineIcon name="screen" /> {t('onStage.title')}
      </h3>
      {!q ? (
        <>
          <p className="debate__empty">{t('onStage.none')}</p>
          <CloudToggle screeningId={screening.id} />
        </>
      ) : (
        <>
          <QuestionBody question={q} />
          {/* Timer, panelist and the two actions on one line: the queue keeps its room. */}
          <div className="actions">
            <p className="debate__timer" role="timer" aria-label={t('onStage.timer')}>
              <LineIcon name="clock" /> {t('onStage.timer')}{' '}
              <strong>{formatClock(secondsSince(q.statusAt.on_stage, now))}</strong>
            </p>
            <PanelistSelect question={q} panelists={screening.panelists} onAssign={(p) => moderate.assign(q.id, p)} />
            <button
              type="button"
              className="primary"
              aria-keyshortcuts={SHORTCUTS.answered}
              onClick={() => moderate.act(q.id, 'answered')}
            >
              <LineIcon name="check" /> {t('action.answered')} <kbd>{SHORTCUTS.answered.toUpperCase()}</kbd>
            </button>
            <button type="button" onClick={() => moderate.act(q.id, 'unproject')}>
              <LineIcon name="undo" /> {t('action.unproject')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
