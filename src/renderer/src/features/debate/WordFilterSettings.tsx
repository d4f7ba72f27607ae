import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { FILTER_ENTRY_MAX, FILTER_MAX_ENTRIES, STARTING_FILTER } from '@shared/word-filter';
import { writeErrorCode } from '../../data/errors';
import { FilterRejected, saveWordFilter, wordFilterList, type FilterProblem } from '../../data/repos/word-filter';
import { useLive } from '../../data/use-live';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { ErrorMessage } from '../../ui/ErrorMessage';

/**
 * Settings → the word filter: one word or phrase a line. A refused list stays in the
 * field with the reason; the starting list can be brought back.
 */
export function WordFilterSettings() {
  const { t } = useTranslation('debate');
  const lang = useLang();
  const stored = useLive(() => wordFilterList(), [], null);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ problem: FilterProblem; entry?: string } | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  if (!stored) return null;
  const save = async (typed: string) => {
    try {
      const list = await saveWordFilter(typed);
      setDraft(null);
      setProblem(null);
      setError(null);
      setSaved(list.length);
    } catch (err) {
      if (err instanceof FilterRejected)
        setProblem({ problem: err.problem, ...(err.entry ? { entry: err.entry } : {}) });
      else setError(writeErrorCode(err));
    }
  };
  return (
    <form
      className="card"
      aria-labelledby="word-filter"
      onSubmit={(e) => {
        e.preventDefault();
        void save(draft ?? stored.join('\n'));
      }}
    >
      <h3 id="word-filter">{t('filter.title')}</h3>
      <div className="field">
        <label htmlFor="word-filter-list">{t('filter.label')}</label>
        <textarea
          id="word-filter-list"
          rows={6}
          value={draft ?? stored.join('\n')}
          aria-describedby="word-filter-hint"
          aria-invalid={!!problem}
          onChange={(e) => {
            setDraft(e.target.value);
            setSaved(null);
          }}
        />
        <p id="word-filter-hint" className="field__hint">
          {t('filter.hint')}
        </p>
      </div>
      {problem && (
        <p className="alert" role="alert">
          {t(`filter.problem.${problem.problem}`, {
            entry: problem.entry,
            max: formatNumber(problem.problem === 'entry_long' ? FILTER_ENTRY_MAX : FILTER_MAX_ENTRIES, lang),
          })}
        </p>
      )}
      <ErrorMessage code={error} />
      {saved !== null && (
        <p role="status">{t('filter.saved', { count: saved, formatted: formatNumber(saved, lang) })}</p>
      )}
      <button type="submit">{t('filter.save')}</button>{' '}
      <button type="button" onClick={() => void save(STARTING_FILTER.join('\n'))}>
        {t('filter.reset')}
      </button>
    </form>
  );
}
