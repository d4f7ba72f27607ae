import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionCounts } from '../../data/repos/questions';
import { queuePage, type QueueOrder } from '../../data/repos/queue-search';
import { searchTerms } from '@shared/text-fold';
import { QueueTools } from './QueueTools';
import type { Question, QuestionStatus, Screening } from '../../data/types';
import { useLive } from '../../data/use-live';
import { formatNumber } from '../../i18n/format';
import { QuestionRow } from './QuestionRow';
import { useQueueKeys } from './use-queue-keys';
import { SHORTCUTS, type Moderate } from './use-moderate';
import { FloorQuestionDialog } from './FloorQuestionDialog';
import { LineIcon } from '../../ui/LineIcon';
import { useLang } from '../../i18n/use-lang';

const TABS: QuestionStatus[] = ['pending', 'approved', 'answered', 'dismissed'];
const PAGE = 50;
const NONE: Question[] = [];

/**
 * The moderation queue, one status at a time. It reads a page of rows (50, more on
 * demand) and counts from the index, so it stays quick with thousands of questions.
 */
export function QuestionQueue(props: { screening: Screening; counts: QuestionCounts; moderate: Moderate }) {
  const { screening, counts, moderate } = props;
  const { t } = useTranslation('debate');
  const lang = useLang();
  const [tab, setTab] = useState<QuestionStatus>('pending');
  const [limit, setLimit] = useState(PAGE);
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState<QueueOrder>('oldest');
  const searchRef = useRef<HTMLInputElement>(null);
  const page = useLive(
    () => queuePage(screening.id, { status: tab, search, order, limit }),
    [screening.id, tab, search, order, limit],
    null,
  );
  const rows = page?.rows ?? NONE;
  const [floor, setFloor] = useState(false);
  const keys = useQueueKeys(rows, moderate, { floor: () => setFloor(true), search: () => searchRef.current?.focus() });
  const choose = (s: QuestionStatus) => {
    setTab(s);
    setLimit(PAGE);
    setOrder(s === 'answered' || s === 'dismissed' ? 'newest' : 'oldest');
    keys.select(0);
  };
  const filter = (s: string) => {
    setSearch(s);
    setLimit(PAGE);
    keys.select(0);
  };
  const total = page?.total ?? 0;
  const n = (v: number) => formatNumber(v, lang);

  return (
    <section className="card debate__queue" aria-labelledby="queue-title">
      <div className="debate__queue-head">
        <h3 id="queue-title">{t('queue.title')}</h3>
        <div className="debate__tabs" role="tablist" aria-label={t('queue.title')}>
          {TABS.map((s) => (
            <button
              key={s}
              type="button"
              role="tab"
              aria-selected={tab === s}
              aria-controls="queue-list"
              onClick={() => choose(s)}
            >
              {t(`status.${s}`)} <span className="badge">{n(counts.byStatus[s])}</span>
            </button>
          ))}
        </div>
        <QueueTools search={search} order={order} onSearch={filter} onOrder={setOrder} searchRef={searchRef} />
        <button
          type="button"
          className="debate__floor"
          aria-keyshortcuts={SHORTCUTS.floor}
          onClick={() => setFloor(true)}
        >
          <LineIcon name="mic" /> {t('floor.open')} <kbd>{SHORTCUTS.floor.toUpperCase()}</kbd>
        </button>
      </div>
      {floor && <FloorQuestionDialog screeningId={screening.id} moderate={moderate} onClose={() => setFloor(false)} />}
      <div id="queue-list" role="tabpanel" aria-label={t(`status.${tab}`)}>
        {rows.length === 0 ? (
          <p className="debate__empty">
            {searchTerms(search).length > 0 ? t('queue.noMatch', { search: search.trim() }) : t(`queue.empty.${tab}`)}
          </p>
        ) : (
          <ol className="q-list">
            {rows.map((q, i) => (
              <QuestionRow
                key={q.id}
                question={q}
                selected={i === keys.selected}
                dismissing={keys.dismissing === q.id}
                panelists={screening.panelists}
                moderate={moderate}
                onSelect={() => keys.select(i)}
                onDismissAsk={(open) => keys.setDismissing(open ? q.id : null)}
              />
            ))}
          </ol>
        )}
        {total > rows.length && (
          <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
            {t('queue.more', { shown: n(rows.length), total: n(total) })}
          </button>
        )}
      </div>
      <p className="debate__keys">{t('queue.keys')}</p>
    </section>
  );
}
