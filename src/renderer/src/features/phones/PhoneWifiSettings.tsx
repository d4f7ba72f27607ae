import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { writeErrorCode } from '../../data/errors';
import { getSetting, setSetting } from '../../data/repos/settings';
import { useLive } from '../../data/use-live';
import { ErrorMessage } from '../../ui/ErrorMessage';

/** Settings → the Wi-Fi phones join (the laptop's hotspot or a pocket router), typed once. */
export function PhoneWifiSettings() {
  const { t } = useTranslation('phones');
  const stored = useLive(() => getSetting('phones.wifi'), [], undefined);
  const [draft, setDraft] = useState<{ ssid: string; password: string } | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const value = draft ?? stored ?? { ssid: '', password: '' };
  const change = (part: Partial<typeof value>) => {
    setDraft({ ...value, ...part });
    setSaved(false);
  };
  const save = async () => {
    try {
      await setSetting('phones.wifi', { ssid: value.ssid.trim(), password: value.password });
      setDraft(null);
      setSaved(true);
      setError(null);
    } catch (err) {
      setError(writeErrorCode(err));
    }
  };
  return (
    <form
      className="card"
      aria-labelledby="phones-wifi"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="phones-wifi">{t('wifi.title')}</h3>
      <p className="field__hint">{t('wifi.hint')}</p>
      <div className="field">
        <label htmlFor="phones-ssid">{t('wifi.ssid')}</label>
        <input id="phones-ssid" maxLength={32} value={value.ssid} onChange={(e) => change({ ssid: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="phones-password">{t('wifi.password')}</label>
        <input
          id="phones-password"
          maxLength={63}
          value={value.password}
          onChange={(e) => change({ password: e.target.value })}
        />
      </div>
      <ErrorMessage code={error} />
      {saved && <p role="status">{t('wifi.saved')}</p>}
      <button type="submit">{t('wifi.save')}</button>
    </form>
  );
}
