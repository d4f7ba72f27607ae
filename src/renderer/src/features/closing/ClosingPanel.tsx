import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { writeErrorCode } from '../../data/errors';
import { formatNumber } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useActiveScreening } from '../../data/use-active-screening';
import { bumpTally, reached, setTally, type Tally } from './attendance';
import { CloseScreening } from './CloseScreening';
import { NotesEditor } from './NotesEditor';
import { TallyCounter } from './TallyCounter';
import './closing.css';
import { useLang } from '../../i18n/use-lang';

const GROUPS: [string, Tally[]][] = [
  ['byGender', ['women', 'men']],
  ['byAge', ['youth', 'adults']],
];

/**
 * Console → Closing: attendance tallies (each tap saved at once), notes, and the end
 * of the screening, then the report.
 */
export function ClosingPanel() {
  const { t } = useTranslation('closing');
  const lang = useLang();
  const screening = useActiveScreening();
  const [error, setError] = useState<ErrorCode | null>(null);
  if (!screening)
    return (
      <section className="closing">
        <h2>{t('common:nav.closing')}</h2>
        <p>{t('noScreening')}</p>
      </section>
    );
  const a = screening.attendance;
  const n = (v: number) => formatNumber(v, lang);
  const write = (p: Promise<unknown>) =>
    void p.then(
      () => setError(null),
      (err: unknown) => setError(writeErrorCode(err)),
    );
  return (
    <section className="closing">
      <h2>{t('common:nav.closing')}</h2>
      <p className="closing__where">{[screening.place.venue, screening.place.town].filter(Boolean).join(', ')}</p>
      <section className="card" aria-labelledby="closing-attendance">
        <h3 id="closing-attendance">{t('attendance')}</h3>
        {GROUPS.map(([group, tallies]) => (
          <div key={group} className="closing__group" role="group" aria-label={t(group)}>
            {tallies.map((k) => (
              <TallyCounter
                key={k}
                tally={k}
                value={a[k]}
                onBump={(d) => write(bumpTally(screening.id, k, d))}
                onSet={(v) => write(setTally(screening.id, k, v))}
              />
            ))}
            <p className="closing__sum">{t('groupTotal', { total: n(a[tallies[0]!] + a[tallies[1]!]) })}</p>
          </div>
        ))}
        <p className="closing__reached" role="status">
          {t('reached', { count: reached(a), formatted: n(reached(a)) })}
        </p>
        <ErrorMessage code={error} />
      </section>
      <NotesEditor screening={screening} />
      <CloseScreening screening={screening} />
    </section>
  );
}
