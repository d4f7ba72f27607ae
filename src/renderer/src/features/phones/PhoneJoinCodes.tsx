import { useTranslation } from 'react-i18next';
import { getSetting } from '../../data/repos/settings';
import { useLive } from '../../data/use-live';
import { QrImage } from '../../ui/QrImage';
import { shortAddress, wifiQrPayload } from './wifi';
import './phones.css';

/** The two codes phones scan — join the Wi-Fi, then open the page — and the address to type. */
export function PhoneJoinCodes({ url, size }: { url: string; size: number }) {
  const { t } = useTranslation('phones');
  const wifi = useLive(() => getSetting('phones.wifi'), [], undefined);
  const wifiPayload = wifi ? wifiQrPayload(wifi.ssid, wifi.password) : null;
  return (
    <div className="phones__codes">
      {wifiPayload && (
        <figure>
          <QrImage payload={wifiPayload} alt={t('wifiQr', { ssid: wifi!.ssid })} size={size} />
          <figcaption>
            {t('step1')} <strong>{wifi!.ssid}</strong>
          </figcaption>
        </figure>
      )}
      <figure>
        <QrImage payload={url} alt={t('joinQr')} size={size} />
        <figcaption>
          {t(wifiPayload ? 'step2' : 'open')}{' '}
          <strong className="phones__address" data-testid="phone-address">
            {shortAddress(url)}
          </strong>
        </figcaption>
      </figure>
    </div>
  );
}
