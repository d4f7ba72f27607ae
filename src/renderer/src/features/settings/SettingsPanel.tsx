import { useTranslation } from 'react-i18next';
import { PinSettings } from '../attendee';
import { CampaignLinkSettings } from '../pledges';
import { PhoneWifiSettings } from '../phones';
import { CollectorSettings } from '../sync';
import { WordFilterSettings } from '../debate';
import { DiagnosticsSettings } from './DiagnosticsSettings';
import './settings.css';

/**
 * Settings are owned by the features they configure; each feature exports a section
 * component and it is listed here (facilitator PIN, campaign link, collector, language); diagnostics is the shell's own.
 */
export function SettingsPanel() {
  const { t } = useTranslation();
  return (
    <section className="settings">
      <h2>{t('common:nav.settings')}</h2>
      <PinSettings />
      <CampaignLinkSettings />
      <CollectorSettings />
      <PhoneWifiSettings />
      <WordFilterSettings />
      <DiagnosticsSettings />
    </section>
  );
}
