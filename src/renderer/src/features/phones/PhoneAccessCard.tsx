import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkInterfaceInfo } from '@shared/phone-entry';
import type { ErrorCode } from '@shared/result';
import { phonePledgesAndVotes } from '../../data/repos/phones';
import { getSetting, setSetting } from '../../data/repos/settings';
import type { Screening } from '../../data/types';
import { useLive } from '../../data/use-live';
import { kiosk } from '../../platform';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PhoneJoinCodes } from './PhoneJoinCodes';
import { stopPhones } from './use-phone-bridge';
// Each component imports its own styles: the feature's index is side-effect free
// (package.json sideEffects), so a stylesheet imported there would be dropped.
import './phones.css';

/**
 * Debate → "Let phones join" (off by default): the network address phones reach, the
 * Wi-Fi and join QR codes with the short address, and "new link" (the old one dies).
 * `questions`, from phones, comes with the debate's counts (one tally read per write).
 */
export function PhoneAccessCard({ screening, questions }: { screening: Screening; questions: number | null }) {
  const { t } = useTranslation('phones');
  const access = useLive(() => getSetting('phones.access'), [], undefined);
  const others = useLive(() => phonePledgesAndVotes(screening.id), [screening.id], null);
  const counts = questions !== null && others ? { questions, ...others } : null;
  const [ifaces, setIfaces] = useState<NetworkInterfaceInfo[]>([]);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const on = access?.screeningId === screening.id && (!!access.url || !!access.lost);
  const followed = access?.address;

  // Again when the platform moved the server to a new address: the picker shows it.
  useEffect(() => {
    void (async () => {
      const [list, saved] = await Promise.all([kiosk.phones.interfaces(), getSetting('phones.address')]);
      if (!list.ok) return setError(list.code);
      setIfaces(list.value);
      const pick = list.value.find((i) => i.address === (followed ?? saved)) ?? list.value[0];
      if (pick) setAddress(pick.address);
    })();
  }, [followed]);

  const apply = async (r: Awaited<ReturnType<typeof kiosk.phones.start>>) => {
    if (!r.ok) return setError(r.code);
    setError(null);
    await setSetting('phones.access', { url: r.value.url, screeningId: r.value.screeningId, address: r.value.address });
  };
  const toggle = async (next: boolean) => {
    if (!next) return void (await stopPhones());
    await setSetting('phones.address', address);
    await apply(await kiosk.phones.start(screening.id, address));
  };

  return (
    <section className="card phones" aria-labelledby="phones-title">
      <h3 id="phones-title">{t('title')}</h3>
      <label className="phones__toggle">
        <input type="checkbox" checked={on} onChange={(e) => void toggle(e.target.checked)} /> {t('letJoin')}
      </label>
      <div className="field">
        <label htmlFor="phones-address">{t('address')}</label>
        <select id="phones-address" value={address} disabled={on} onChange={(e) => setAddress(e.target.value)}>
          {ifaces.map((i) => (
            <option key={`${i.name}-${i.address}`} value={i.address}>
              {i.address} ({i.name})
            </option>
          ))}
        </select>
      </div>
      {on && access?.lost && (
        <p className="phones__lost" role="alert">
          {t('lost', { network: access.network ?? '' })}
        </p>
      )}
      {on && access?.url && (
        <>
          <PhoneJoinCodes url={access.url} size={110} />
          <button type="button" onClick={() => void kiosk.phones.rotate().then(apply)}>
            {t('newLink')}
          </button>
        </>
      )}
      {counts && (
        <p className="phones__counts" data-testid="phone-counts">
          {t('counts', { questions: counts.questions, pledges: counts.pledges, votes: counts.votes })}
        </p>
      )}
      <ErrorMessage code={error} />
    </section>
  );
}
