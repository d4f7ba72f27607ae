import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { writeErrorCode } from '../../data/errors';
import { pledgeCounts, recentPledges, setFollowUp } from '../../data/repos/pledges';
import { PLEDGE_KINDS, type Pledge } from '../../data/types';
import { useLive } from '../../data/use-live';
import { formatClock, formatDate, formatNumber } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { RecordingAudio } from '../../ui/RecordingAudio';
import { useActiveScreening } from '../../data/use-active-screening';
import { KIND_ICON } from '../../ui/pledge-kind-icon';
import { CampaignLinkMissing } from './CampaignLinkMissing';
import './pledges.css';
import { useLang } from '../../i18n/use-lang';

const PAGE = 50;

/**
 * Console → Pledges: counts by kind and the pledges themselves, newest first. Contact
 * details appear here only, with the consent that allows them, for the follow-up.
 */
export function PledgesPanel() {
  const { t } = useTranslation('pledges');
  const lang = useLang();
  const screening = useActiveScreening();
  const [limit, setLimit] = useState(PAGE);
  const [error, setError] = useState<ErrorCode | null>(null);
  const id = screening?.id;
  const counts = useLive(() => (id ? pledgeCounts(id) : null), [id], null);
  const rows = useLive(() => (id ? recentPledges(id, limit) : []), [id, limit], []);
  const n = (v: number) => formatNumber(v, lang);
  if (!screening || !counts)
    return (
      <section className="pledges">
        <h2>{t('common:nav.pledges')}</h2>
        <CampaignLinkMissing linkToSettings />
        {!screening && <p>{t('console.noScreening')}</p>}
      </section>
    );
  const total = PLEDGE_KINDS.reduce((a, k) => a + counts[k], 0);
  const follow = (p: Pledge, to: Pledge['followUp']) =>
    void setFollowUp(p.id, to).then(
      () => setError(null),
      (err: unknown) => setError(writeErrorCode(err)),
    );
  return (
    <section className="pledges">
      <h2>{t('common:nav.pledges')}</h2>
      <CampaignLinkMissing linkToSettings />
      <p className="pledges__counts" role="status">
        {t('console.total', { count: total, formatted: n(total) })}{' '}
        {PLEDGE_KINDS.map((k) => (
          <span key={k} className="badge">
            <LineIcon name={KIND_ICON[k]} /> {t(`kind.${k}`)} {n(counts[k])}
          </span>
        ))}
      </p>
      <ErrorMessage code={error} />
      {total === 0 && <p>{t('console.none')}</p>}
      <ol className="pledge-list">
        {rows.map((p) => (
          <li key={p.id} className="card pledge-row">
            <p className="pledge-row__kind">
              <LineIcon name={KIND_ICON[p.kind]} /> {t(`kind.${p.kind}`)} · {formatDate(p.createdAt, lang, 'time')} ·{' '}
              {p.firstName ?? t('console.noName')}
            </p>
            {p.text && <p className="pledge-row__text">{p.text}</p>}
            {p.audioHash && (
              <p>
                <LineIcon name="mic" /> {t('console.spoken', { time: formatClock(p.audioDurationSec ?? 0) })}
              </p>
            )}
            {p.audioHash && <RecordingAudio hash={p.audioHash} />}
            {p.contact && <ContactLine pledge={p} onFollow={(to) => follow(p, to)} />}
          </li>
        ))}
      </ol>
      {total > rows.length && (
        <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
          {t('console.more', { shown: n(rows.length), total: n(total) })}
        </button>
      )}
    </section>
  );
}

function ContactLine({ pledge: p, onFollow }: { pledge: Pledge; onFollow: (to: Pledge['followUp']) => void }) {
  const { t } = useTranslation('pledges');
  const lang = useLang();
  const c = p.contact!;
  return (
    <div className="pledge-row__contact">
      <p>
        <LineIcon name="phone" /> {c.name} · <span dir="ltr">{c.phone}</span>
      </p>
      <p className="field__hint">
        {t('console.consent', {
          version: c.consentVersion,
          date: formatDate(c.consentAt, lang, 'dateTime'),
        })}
      </p>
      <label>
        <input
          type="checkbox"
          checked={p.followUp === 'contacted'}
          onChange={(e) => onFollow(e.target.checked ? 'contacted' : 'to_contact')}
        />{' '}
        {t('console.contacted')}
      </label>
    </div>
  );
}
