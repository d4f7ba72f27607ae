import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { QUEUE_ORDERS, type QueueOrder } from '../../data/repos/queue-search';

interface Props {
  search: string;
  order: QueueOrder;
  onSearch: (s: string) => void;
  onOrder: (o: QueueOrder) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** Find and sort the queue: the search filters as the facilitator types; Escape clears it. */
export function QueueTools({ search, order, onSearch, onOrder, searchRef }: Props) {
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
        value={search}
        onChange={(e) => onSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onSearch('');
        }}
      />
      <select aria-label={t('queue.order')} value={order} onChange={(e) => onOrder(e.target.value as QueueOrder)}>
        {QUEUE_ORDERS.map((o) => (
          <option key={o} value={o}>
            {t(`queue.orders.${o}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
