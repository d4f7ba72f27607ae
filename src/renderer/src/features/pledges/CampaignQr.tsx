import { useTranslation } from 'react-i18next';
import { QrImage } from '../../ui/QrImage';
import { useCampaignUrl } from './campaign-url';
import './campaign-qr.css';

/** The campaign platform as a QR code with its address under it; nothing when none is set. */
export function CampaignQr({ size = 240 }: { size?: number }) {
  const { t } = useTranslation('pledges');
  const url = useCampaignUrl();
  if (!url) return null;
  return (
    <figure className="campaign-qr">
      <QrImage payload={url} alt={t('qr.alt')} size={size} />
      <figcaption>
        <span>{t('qr.caption')}</span>
        <span className="campaign-qr__url">{url}</span>
      </figcaption>
    </figure>
  );
}
