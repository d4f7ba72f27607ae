import { getSetting, setSetting } from '../../data/repos/settings';
import { useLive } from '../../data/use-live';

/**
 * The campaign platform's address, shown as a QR code after a pledge and on the stage
 * so attendees can follow up on their phone. Set by the facilitator; local setting.
 */
/** An http(s) address as the browser reads it, or null. */
export function parseCampaignUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.href;
  } catch {
    return null;
  }
}

export async function saveCampaignUrl(raw: string): Promise<string | null> {
  if (raw.trim() === '') {
    await setSetting('pledges.campaignUrl', '');
    return '';
  }
  const url = parseCampaignUrl(raw);
  if (url) await setSetting('pledges.campaignUrl', url);
  return url;
}

/** The stored link; '' when none is set, undefined while the setting is being read. */
export function useCampaignUrlSetting(): string | undefined {
  return useLive(async () => (await getSetting('pledges.campaignUrl')) ?? '', [], undefined);
}

/** '' while none is set (or not read yet). */
export function useCampaignUrl(): string {
  return useCampaignUrlSetting() ?? '';
}
