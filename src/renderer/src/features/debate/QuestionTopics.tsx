import { useTranslation } from 'react-i18next';
import type { Question } from '../../data/types';
import type { useTopics } from './use-topics';

interface Props {
  question: Question;
  topics: ReturnType<typeof useTopics>;
  onToggle: (topicId: string) => void;
}

/**
 * A question's topics, on its meta line so the row stays two lines high: each tag is a
 * button that takes it off, and a menu adds one (keys 1–9 do the same on the selected row).
 */
export function QuestionTopics({ question: q, topics, onToggle }: Props) {
  const { t } = useTranslation('debate');
  const tagged = q.topics ?? [];
  const known = topics.list.filter((x) => tagged.includes(x.id));
  const free = topics.list.filter((x) => !tagged.includes(x.id));
  return (
    <span className="q-topics">
      {known.map((x) => (
        <button
          key={x.id}
          type="button"
          className="q-topics__tag"
          aria-label={t('topics.untag', { topic: topics.label(x) })}
          onClick={() => onToggle(x.id)}
        >
          {topics.label(x)} ×
        </button>
      ))}
      {free.length > 0 && (
        <select
          className="q-topics__add"
          aria-label={t('topics.tag')}
          value=""
          onChange={(e) => e.target.value && onToggle(e.target.value)}
        >
          <option value="">{t('topics.tagShort')}</option>
          {free.map((x) => (
            <option key={x.id} value={x.id}>
              {topics.label(x)}
            </option>
          ))}
        </select>
      )}
    </span>
  );
}
