import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import type { FlagSpan } from '@shared/word-filter';
import { useTranslation } from 'react-i18next';
import { sourceOf } from '@shared/records/constants';
import { PhoneMarks } from '../phones';
import { canMove, type ModerationAction } from '../../data/repos/questions';
import { CONTENT_LANGS, type ContentLang, type Question } from '../../data/types';
import { formatClock, formatDate } from '../../i18n/format';
import { LineIcon, type LineIconName } from '../../ui/LineIcon';
import { DismissForm } from './DismissForm';
import { PanelistSelect } from './PanelistSelect';
import { RecordingAudio } from '../../ui/RecordingAudio';
import { reasonText } from './reasons';
import { SHORTCUTS, type Moderate } from './use-moderate';
import { useLang } from '../../i18n/use-lang';
import { QuestionTopics } from './QuestionTopics';
import type { useTopics } from './use-topics';
import { MergedOriginals, MergeMeta, MergePick, type RowMergeInfo } from './RowMerge';
import { sameRowContent } from './row-equal';

const BUTTONS: { action: Exclude<ModerationAction, 'unproject' | 'answered'>; icon: LineIconName }[] = [
  { action: 'approve', icon: 'check' },
  { action: 'project', icon: 'screen' },
  { action: 'dismiss', icon: 'close' },
  { action: 'restore', icon: 'undo' },
];

export interface QuestionRowProps {
  question: Question;
  selected: boolean;
  dismissing: boolean;
  panelists: string[];
  topics: ReturnType<typeof useTopics>;
  moderate: Moderate;
  merge: RowMergeInfo;
  /** Words the filter flags in its text; a flagged question needs a second click to project. */
  flags: FlagSpan[];
  /** The first click on Projeter (or P) was made: the next one projects. */
  armed: boolean;
  onArm: () => void;
  onSelect: () => void;
  onDismissAsk: (open: boolean) => void;
  /** Its place in the whole list (1-based) and the list's length: the queue draws one page. */
  position?: { at: number; of: number };
}

/**
 * One question in the queue: what was asked, by whom (if named), and what can be done with it.
 * The row's own element carries its place in the list (which moves with every question that
 * arrives); what is drawn inside is redrawn only when it would change (see row-equal.ts).
 */
export function QuestionRow(props: QuestionRowProps) {
  const { question: q, selected, flags, onSelect, position } = props;
  const li = useRef<HTMLLIElement>(null);
  // ↑/↓ (and a page turned by them) may choose a row out of sight: bring it into view.
  useEffect(() => {
    if (selected) li.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  return (
    <li
      ref={li}
      className="q-row"
      aria-current={selected ? 'true' : undefined}
      aria-posinset={position?.at}
      aria-setsize={position?.of}
      data-status={q.status}
      data-question-id={q.id}
      data-flagged={flags.length > 0 || undefined}
      onClick={onSelect}
      onFocus={onSelect}
    >
      <RowContent {...props} />
    </li>
  );
}

const RowContent = memo(function RowContent(props: QuestionRowProps) {
  const { question: q, dismissing, panelists, topics, moderate, merge, flags, armed, onArm, onDismissAsk } = props;
  const held = flags.length > 0 && !armed;
  const { t } = useTranslation('debate');
  const lang = useLang();
  const [originals, setOriginals] = useState(false);
  return (
    <>
      <MergePick question={q} info={merge} />
      <QuestionBody question={q} flags={flags} />
      <p className="q-row__meta">
        {flags.length > 0 && (
          <>
            <span className="q-row__flagged" role="note">
              <LineIcon name="flag" /> {t('filter.flagged')}
            </span>{' '}
            ·{' '}
          </>
        )}
        {formatDate(q.createdAt, lang, 'time')} ·{' '}
        <select
          className="q-row__lang"
          aria-label={t('queue.language')}
          value={q.language}
          onChange={(e) => moderate.language(q.id, e.target.value as ContentLang)}
        >
          {CONTENT_LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </select>{' '}
        · {q.askerName ?? t('queue.anonymous')}
        {sourceOf(q) === 'floor' && (
          <>
            {' '}
            · <span className="q-row__floor">{t('floor.badge')}</span>
          </>
        )}
        <PhoneMarks question={q} />
        {q.dismissReason && <> · {t('queue.reason', { reason: reasonText(t, q.dismissReason) })}</>} ·{' '}
        <QuestionTopics question={q} topics={topics} onToggle={(id) => moderate.tag(q.id, id)} />
        <MergeMeta question={q} info={merge} open={originals} onOpen={setOriginals} />
      </p>
      {originals && merge.asked > 1 && <MergedOriginals id={q.id} />}
      {q.status === 'approved' && (
        <PanelistSelect question={q} panelists={panelists} onAssign={(p) => moderate.assign(q.id, p)} />
      )}
      {dismissing ? (
        <DismissForm
          onDismiss={(reason) => {
            onDismissAsk(false);
            moderate.act(q.id, 'dismiss', reason);
          }}
          onCancel={() => onDismissAsk(false)}
        />
      ) : (
        <div className="q-row__actions">
          {BUTTONS.filter((b) => canMove(q.status, b.action)).map((b) => (
            <button
              key={b.action}
              type="button"
              aria-keyshortcuts={SHORTCUTS[b.action]}
              onClick={() =>
                b.action === 'dismiss'
                  ? onDismissAsk(true)
                  : b.action === 'project' && held
                    ? onArm()
                    : moderate.act(q.id, b.action)
              }
            >
              <LineIcon name={b.icon} />{' '}
              {b.action === 'project' && flags.length > 0 && armed
                ? t('filter.projectAnyway')
                : t(`action.${b.action}`)}{' '}
              <kbd>{SHORTCUTS[b.action].toUpperCase()}</kbd>
            </button>
          ))}
        </div>
      )}
    </>
  );
}, sameRowContent);

/** The question as asked: its text (flagged words marked), or the recording of a spoken one. */
export function QuestionBody({ question: q, flags = [] }: { question: Question; flags?: FlagSpan[] }) {
  const { t } = useTranslation('debate');
  return (
    <div className="q-body">
      {q.audioHash && (
        <p className="q-body__spoken">
          <LineIcon name="mic" /> {t('queue.spoken', { time: formatClock(q.audioDurationSec ?? 0) })}
        </p>
      )}
      {q.text && (
        <p className="q-body__text" lang={q.language === 'other' ? undefined : q.language}>
          <Marked text={q.text} spans={flags} />
        </p>
      )}
      {q.audioHash && <RecordingAudio hash={q.audioHash} />}
    </div>
  );
}

/** A text with the filter's words in <mark>, the rest as typed (never parsed as markup). */
function Marked({ text, spans }: { text: string; spans: FlagSpan[] }) {
  if (spans.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), <mark key={s.start}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
