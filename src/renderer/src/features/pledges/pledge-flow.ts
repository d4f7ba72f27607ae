import { preloadable } from '../../ui/preloadable';

/** The kiosk's pledge steps (consent, contact, keyboard, recorder): loaded on the attendee's tap or when the kiosk is idle. */
export const PLEDGE_FLOW = preloadable(() => import('./PledgeFlow').then((m) => m.PledgeFlow));
