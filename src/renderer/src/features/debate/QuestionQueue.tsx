import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchTerms } from '@shared/text-fold';
import type { DebateBoard } from '../../data/repos/debate-board';
import type { Question, QuestionStatus, Screening } from '../../data/types';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LineIcon } from '../../ui/LineIcon';
import { FloorQuestionDialog } from './FloorQuestionDialog';
import { QuestionRow } from './QuestionRow';
import { QueuePager } from './QueuePager';
import { QueueTools, type QueueView } from './QueueTools';
import { QUEUE_PAGE, type QueueState } from './use-debate-board';
import { TopicsDialog } from './TopicsDialog';
import { SHORTCUTS, type Moderate } from './use-moderate';
import { useQueueKeys } from './use-queue-keys';
import { useTopics } from './use-topics';
import { MergeBar } from './MergeBar';
import { useMerge, useMergeInfo } from './use-merge';
import { useWordFilter } from './use-word-filter';

const TABS: QuestionStatus[] = ['pending', 'approved', 'answered', 'dismissed'];
const NONE: Question[] = [];
const newestFirst = (s: QuestionStatus) => s === 'answered' || s === 'dismissed';

/**
 * The moderation queue, one status at a time. It draws the page of rows the debate board
 * read (see useDebateBoard: one page from the index and the counts), so the time and the
 * DOM stay the same with thousands of questions; a search, a topic filter or the topic
 * order read the status once (see queuePage). Which page is the panel's `queue` state.
 */
export function QuestionQueue(props: {
  screening: Screening;
  board: DebateBoard | null;
  queue: QueueState;
  moderate: Moderate;
}) {
  const { screening, board, queue, moderate } = props;
  const { tab, setTab, start, setStart, view, setView } = queue;
  const counts = board?.counts ?? null;
  const page = board?.page ?? null;
  const { t } = useTranslation('debate');
  const lang = useLang();
  const topics = useTopics(screening);
  const topicIds = topics.list.map((x) => x.id);
  const [dialog, setDialog] = useState<'floor' | 'topics' | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const rows = page?.rows ?? NONE;
  const total = page?.total ?? 0;
  // Where the rows drawn start: the page read (the last one when questions left the list
  // under the one asked for), not the one asked for while it is being read.
  const shownAt = page?.start ?? 0;
  // …and the queue stays there: questions arriving later do not move the page on.
  if (page && start >= total && shownAt < start) setStart(shownAt);
  const open = { floor: () => setDialog('floor'), search: () => searchRef.current?.focus() };
  const merge = useMerge(moderate, screening.facilitators[0]);
  const mergeInfo = useMergeInfo(screening.id, rows, merge);
  const flagsOf = useWordFilter();
  const turn = (delta: -1 | 1) => {
    const next = shownAt + delta * QUEUE_PAGE;
    if (next < 0 || next >= total) return false;
    setStart(next);
    return true;
  };
  const keys = useQueueKeys(rows, moderate, open, topicIds, merge, mergeInfo, (q) => flagsOf(q).length > 0, turn);
  const choose = (s: QuestionStatus) => {
    setTab(s);
    setStart(0);
    setView((v) => ({ ...v, order: newestFirst(s) ? 'newest' : 'oldest' }));
    keys.select(0);
  };
  const change = (v: QueueView) => {
    setView(v);
    setStart(0);
    keys.select(0);
  };
  const n = (v: number) => formatNumber(v, lang);
  const empty = searchTerms(view.search).length
    ? t('queue.noMatch', { search: view.search.trim() })
    : view.topic
      ? t('queue.noTopic')
      : t(`queue.empty.${tab}`);

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
              {t(`status.${s}`)} {counts && <span className="badge">{n(counts.byStatus[s])}</span>}
            </button>
          ))}
        </div>
        <div className="debate__toolbar">
          <QueueTools
            view={view}
            onChange={change}
            topics={topics}
            searchRef={searchRef}
            onEditTopics={() => setDialog('topics')}
          />
          <button type="button" className="debate__floor" aria-keyshortcuts={SHORTCUTS.floor} onClick={open.floor}>
            <LineIcon name="mic" /> {t('floor.open')} <kbd>{SHORTCUTS.floor.toUpperCase()}</kbd>
          </button>
        </div>
      </div>
      <MergeBar merge={merge} />
      {dialog === 'floor' && (
        <FloorQuestionDialog screeningId={screening.id} moderate={moderate} onClose={() => setDialog(null)} />
      )}
      {dialog === 'topics' && <TopicsDialog screening={screening} onClose={() => setDialog(null)} />}
      <div id="queue-list" role="tabpanel" aria-label={t(`status.${tab}`)}>
        {rows.length === 0 ? (
          <p className="debate__empty">{empty}</p>
        ) : (
          <ol className="q-list">
            {rows.map((q, i) => (
              <QuestionRow
                key={q.id}
                question={q}
                selected={i === keys.selected}
                dismissing={keys.dismissing === q.id}
                panelists={screening.panelists}
                topics={topics}
                moderate={moderate}
                merge={mergeInfo(q)}
                flags={flagsOf(q)}
                armed={keys.armed === q.id}
                onArm={() => keys.setArmed(q.id)}
                onSelect={() => keys.select(i)}
                onDismissAsk={(o) => keys.setDismissing(o ? q.id : null)}
                position={{ at: shownAt + i + 1, of: total }}
              />
            ))}
          </ol>
        )}
        <QueuePager
          start={shownAt}
          shown={rows.length}
          total={total}
          onPage={(d) => {
            if (turn(d)) keys.select(0);
          }}
        />
      </div>
      <p className="debate__keys">{t('queue.keys')}</p>
    </section>
  );
}
