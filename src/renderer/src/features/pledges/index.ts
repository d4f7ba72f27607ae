export { PledgesPanel } from './PledgesPanel';
export { CampaignLinkSettings } from './CampaignLinkSettings';
export { CampaignQr } from './CampaignQr';
export { PledgeFlow } from './PledgeFlow';
