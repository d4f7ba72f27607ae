import { useTranslation } from 'react-i18next';
import { isMergeable } from '@shared/records/constants';
import { originalsOf } from '../../data/repos/merges';
import type { Question } from '../../data/types';
import { useLive } from '../../data/use-live';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { RecordingAudio } from '../../ui/RecordingAudio';
import type { Merge } from './use-merge';
import { SHORTCUTS } from './use-moderate';

/** What a row needs to know of merges: how many asked it, and its likely duplicates. */
export interface RowMergeInfo {
  merge: Merge;
  asked: number;
  /** The likely duplicates' group this question belongs to (itself included), if any. */
  group: Question[] | undefined;
}

/** The box that chooses a question for a merge (key S on the selected row). */
export function MergePick({ question: q, info }: { question: Question; info: RowMergeInfo }) {
  const { t } = useTranslation('debate');
  if (!isMergeable(q.status)) return null;
  return (
    <input
      type="checkbox"
      className="q-row__pick"
      aria-label={t('merge.pick')}
      aria-keyshortcuts={SHORTCUTS.pick}
      checked={info.merge.picked.has(q.id)}
      onChange={() => info.merge.toggle(q)}
      onClick={(e) => e.stopPropagation()}
    />
  );
}

/**
 * On the row's meta line: "asked 3 times" (opens the merged originals, each as asked,
 * with undo, key U), or the likely duplicates to choose at once (key D).
 */
export function MergeMeta(props: {
  question: Question;
  info: RowMergeInfo;
  open: boolean;
  onOpen: (o: boolean) => void;
}) {
  const { question: q, info, open, onOpen: setOpen } = props;
  const { t } = useTranslation('debate');
  const lang = useLang();
  const others = (info.group?.length ?? 1) - 1;
  return (
    <>
      {info.asked > 1 && (
        <>
          {' · '}
          <button type="button" className="q-row__asked" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('merge.asked', { count: info.asked, formatted: formatNumber(info.asked, lang) })}
          </button>{' '}
          <button
            type="button"
            className="q-row__unmerge"
            aria-keyshortcuts={SHORTCUTS.unmerge}
            onClick={() => info.merge.undo(q.id)}
          >
            {t('merge.undo')} <kbd>{SHORTCUTS.unmerge.toUpperCase()}</kbd>
          </button>
        </>
      )}
      {others > 0 && isMergeable(q.status) && (
        <>
          {' · '}
          <button
            type="button"
            className="q-row__dupes"
            aria-keyshortcuts={SHORTCUTS.duplicates}
            aria-label={t('merge.suggested', { count: others, formatted: formatNumber(others, lang) })}
            title={t('merge.suggested', { count: others, formatted: formatNumber(others, lang) })}
            onClick={() => info.merge.pickAll(info.group!)}
          >
            {/* Short on screen (the row stays two lines high); named in full for screen readers. */}≈{' '}
            {formatNumber(others, lang)} <kbd>{SHORTCUTS.duplicates.toUpperCase()}</kbd>
          </button>
        </>
      )}
    </>
  );
}

/** The questions merged into one, as each person asked it (text or voice). */
export function MergedOriginals({ id }: { id: string }) {
  const { t } = useTranslation('debate');
  const list = useLive(() => originalsOf(id), [id], []);
  return (
    <ol className="q-originals" aria-label={t('merge.originals')}>
      {list.map((o) => (
        <li key={o.id}>
          {o.text || t('stage.spokenShort')}
          {o.audioHash && <RecordingAudio hash={o.audioHash} />}
        </li>
      ))}
    </ol>
  );
}
