import { useTranslation } from 'react-i18next';
import { LineIcon } from '../../ui/LineIcon';
import { useNavigate } from '../../ui/navigation';
import { useCampaignUrlSetting } from './campaign-url';

/**
 * Tells the facilitator that no campaign link is set, so the kiosk's thank-you shows no
 * QR code (a new kiosk); nothing once one is set, or while the setting is read.
 * `linkToSettings` adds the way to Settings, where the link is set.
 */
export function CampaignLinkMissing({ linkToSettings = false }: { linkToSettings?: boolean }) {
  const { t } = useTranslation('pledges');
  const url = useCampaignUrlSetting();
  const go = useNavigate();
  if (url !== '') return null;
  return (
    <div className="notice notice--warn campaign-missing">
      <LineIcon name="flag" />
      <span>{t('console.noCampaignLink')}</span>
      {linkToSettings && (
        <button type="button" onClick={() => go('console', 'settings')}>
          {t('console.setCampaignLink')}
        </button>
      )}
    </div>
  );
}
