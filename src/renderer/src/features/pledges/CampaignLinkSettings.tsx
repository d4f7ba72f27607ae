import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { writeErrorCode } from '../../data/errors';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { saveCampaignUrl, useCampaignUrl } from './campaign-url';
import { CampaignLinkMissing } from './CampaignLinkMissing';
import { CampaignQr } from './CampaignQr';

/** Settings → the campaign platform link that the kiosk and the stage show as a QR code. */
export function CampaignLinkSettings() {
  const { t } = useTranslation('pledges');
  const stored = useCampaignUrl();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);

  const save = async () => {
    try {
      const url = await saveCampaignUrl(draft ?? stored);
      setInvalid(url === null);
      setError(null);
      if (url !== null) {
        setDraft(null);
        setSaved(true);
      }
    } catch (err) {
      setError(writeErrorCode(err));
    }
  };

  return (
    <form
      className="card"
      aria-labelledby="campaign-link"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="campaign-link">{t('settings.title')}</h3>
      <CampaignLinkMissing />
      <div className="field">
        <label htmlFor="campaign-url">{t('settings.label')}</label>
        <input
          id="campaign-url"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={draft ?? stored}
          aria-invalid={invalid}
          aria-describedby="campaign-url-hint"
          onChange={(e) => {
            setDraft(e.target.value);
            setSaved(false);
          }}
        />
        <p id="campaign-url-hint" className="field__hint">
          {t('settings.hint')}
        </p>
      </div>
      {invalid && (
        <p className="alert" role="alert">
          {t('settings.invalid')}
        </p>
      )}
      <ErrorMessage code={error} />
      {saved && (
        <p className="notice" role="status">
          {t('settings.saved')}
        </p>
      )}
      <button type="submit" className="primary">
        <LineIcon name="check" /> {t('common:actions.save')}
      </button>
      <CampaignQr size={160} />
    </form>
  );
}
