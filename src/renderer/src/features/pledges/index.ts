export { PledgesPanel } from './PledgesPanel';
export { CampaignLinkSettings } from './CampaignLinkSettings';
export { CampaignQr } from './CampaignQr';
export { PLEDGE_FLOW } from './pledge-flow';
export { useCampaignUrl } from './campaign-url';
