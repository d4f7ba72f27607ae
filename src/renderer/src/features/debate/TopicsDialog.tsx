import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOPIC_LABEL_MAX, TOPICS_MAX } from '@shared/records/constants';
import { writeErrorCode } from '../../data/errors';
import { addTopic, removeTopic, TopicRejected, type TopicProblem } from '../../data/repos/topics';
import type { Screening } from '../../data/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { ErrorCode } from '@shared/result';
import { useTopics } from './use-topics';

/**
 * The evening's short list of topics: the campaign's starting set, plus the
 * facilitator's own. A label that is empty, too long, or one too many is refused
 * with the reason, and the typed label stays in the field.
 */
export function TopicsDialog({ screening, onClose }: { screening: Screening; onClose: () => void }) {
  const { t } = useTranslation('debate');
  const topics = useTopics(screening);
  const ref = useRef<HTMLDialogElement>(null);
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<TopicProblem | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
  }, []);
  const fail = (err: unknown) => {
    if (err instanceof TopicRejected) setProblem(err.problem);
    else setError(writeErrorCode(err));
  };
  const add = () =>
    void addTopic(screening.id, label, topics.label).then(() => {
      setLabel('');
      setProblem(null);
      setError(null);
    }, fail);

  return (
    <dialog ref={ref} className="floor" aria-labelledby="topics-title" onClose={onClose}>
      <h3 id="topics-title">{t('topics.title')}</h3>
      <ol className="topics__list">
        {topics.list.map((x, i) => (
          <li key={x.id}>
            <kbd>{i < 9 ? i + 1 : ''}</kbd> {topics.label(x)}{' '}
            <button
              type="button"
              aria-label={t('topics.remove', { topic: topics.label(x) })}
              onClick={() => void removeTopic(screening.id, x.id).catch(fail)}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label className="floor__gist">
          <span>{t('topics.new')}</span>
          <input value={label} onChange={(e) => setLabel(e.target.value)} />
        </label>
        {problem && (
          <p className="alert" role="alert">
            {t(`topics.problem.${problem}`, { max: problem === 'list_full' ? TOPICS_MAX : TOPIC_LABEL_MAX })}
          </p>
        )}
        <ErrorMessage code={error} />
        <div className="floor__actions">
          <button type="submit" className="primary">
            {t('topics.add')}
          </button>
          <button type="button" onClick={() => ref.current?.close()}>
            {t('common:actions.close')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
