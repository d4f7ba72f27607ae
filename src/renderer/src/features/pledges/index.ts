export { PledgesPanel } from './PledgesPanel';
export { CampaignLinkSettings } from './CampaignLinkSettings';
export { CampaignQr } from './CampaignQr';
export { PledgeFlow } from './PledgeFlow';
export { useCampaignUrl } from './campaign-url';
