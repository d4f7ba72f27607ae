import { useTranslation } from 'react-i18next';
import type { Question } from '../../data/types';

/** Gives a question to one of the panel's returnee migrants (names from the screening's setup). */
export function PanelistSelect(props: {
  question: Question;
  panelists: string[];
  onAssign: (p: string | null) => void;
}) {
  const { t } = useTranslation('debate');
  const { question: q, panelists } = props;
  if (panelists.length === 0 && !q.panelist) return null;
  const options = q.panelist && !panelists.includes(q.panelist) ? [...panelists, q.panelist] : panelists;
  return (
    <label className="q-panelist">
      <span>{t('queue.panelist')}</span>
      <select value={q.panelist ?? ''} onChange={(e) => props.onAssign(e.target.value || null)}>
        <option value="">{t('queue.noPanelist')}</option>
        {options.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </label>
  );
}
