import { useTranslation } from 'react-i18next';
import { MERGE_MAX, REASON_MAX } from '@shared/records/constants';
import type { Question } from '../../data/types';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LineIcon } from '../../ui/LineIcon';
import type { Merge } from './use-merge';
import { SHORTCUTS } from './use-moderate';

/** A question's first words, to choose which one a merge keeps. */
function gist(q: Question, spoken: string): string {
  const text = q.text.trim();
  if (!text) return spoken;
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * The merge in progress: how many questions are chosen, which one is kept (the oldest
 * unless the facilitator picks another), why, and the button (key M). After a merge it
 * says how many went in, with Undo.
 */
export function MergeBar({ merge }: { merge: Merge }) {
  const { t } = useTranslation('debate');
  const lang = useLang();
  const { list, keep, done, problem } = merge;
  if (list.length === 0 && !done && !problem) return null;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <div className="merge-bar" role="group" aria-label={t('merge.title')}>
      {list.length > 0 && (
        <>
          <span className="merge-bar__count">
            {t('merge.picked', { count: list.length, formatted: n(list.length) })}
          </span>
          <label>
            {t('merge.keep')}{' '}
            <select value={keep ?? ''} onChange={(e) => merge.setKeep(e.target.value)}>
              {list.map((q) => (
                <option key={q.id} value={q.id}>
                  {gist(q, t('stage.spokenShort'))}
                </option>
              ))}
            </select>
          </label>
          <input
            aria-label={t('merge.reason')}
            placeholder={t('merge.reason')}
            value={merge.reason}
            maxLength={REASON_MAX}
            onChange={(e) => merge.setReason(e.target.value)}
          />
          <button type="button" aria-keyshortcuts={SHORTCUTS.merge} onClick={merge.merge}>
            <LineIcon name="check" /> {t('merge.do')} <kbd>{SHORTCUTS.merge.toUpperCase()}</kbd>
          </button>
          <button type="button" onClick={merge.clear}>
            {t('merge.clear')}
          </button>
        </>
      )}
      {problem && (
        <p className="alert" role="alert">
          {t(`merge.problem.${problem}`, { max: n(MERGE_MAX) })}
        </p>
      )}
      {done && list.length === 0 && (
        <p role="status" className="merge-bar__done">
          {t('merge.done', { count: done.merged + 1, formatted: n(done.merged + 1) })}
          {done.skipped > 0 && <> {t('merge.skipped', { count: done.skipped, formatted: n(done.skipped) })}</>}{' '}
          <button type="button" onClick={() => merge.undo(done.intoId)}>
            <LineIcon name="undo" /> {t('merge.undo')}
          </button>
        </p>
      )}
    </div>
  );
}
