import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { QUEUE_ORDERS, type QueueOrder } from '../../data/repos/queue-search';
import type { useTopics } from './use-topics';

export interface QueueView {
  search: string;
  order: QueueOrder;
  topic: string | null;
}

interface Props {
  view: QueueView;
  onChange: (v: QueueView) => void;
  topics: ReturnType<typeof useTopics>;
  searchRef: RefObject<HTMLInputElement | null>;
  onEditTopics: () => void;
}

/** Find, filter and sort the queue: the search filters as the facilitator types; Escape clears it. */
export function QueueTools({ view, onChange, topics, searchRef, onEditTopics }: Props) {
  const { t } = useTranslation('debate');
  return (
    <div className="debate__tools">
      <input
        ref={searchRef}
        type="search"
        className="debate__search"
        aria-label={t('queue.search')}
        placeholder={t('queue.searchHint')}
        aria-keyshortcuts="/"
        value={view.search}
        onChange={(e) => onChange({ ...view, search: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onChange({ ...view, search: '' });
        }}
      />
      <select
        aria-label={t('topics.filter')}
        value={view.topic ?? ''}
        onChange={(e) => onChange({ ...view, topic: e.target.value || null })}
      >
        <option value="">{t('topics.all')}</option>
        {topics.list.map((x) => (
          <option key={x.id} value={x.id}>
            {topics.label(x)}
          </option>
        ))}
      </select>
      <select
        data-order
        aria-label={t('queue.order')}
        value={view.order}
        onChange={(e) => onChange({ ...view, order: e.target.value as QueueOrder })}
      >
        {QUEUE_ORDERS.map((o) => (
          <option key={o} value={o}>
            {t(`queue.orders.${o}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={onEditTopics}>
        {t('topics.edit')}
      </button>
    </div>
  );
}
