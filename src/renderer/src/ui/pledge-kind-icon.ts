import type { PledgeKind } from '../data/types';
import type { LineIconName } from './LineIcon';

/** The picture of each kind of pledge, the same on the kiosk, the console and the stage. */
export const KIND_ICON: Record<PledgeKind, LineIconName> = {
  share_message: 'megaphone',
  own_story: 'book',
  other: 'dots',
};
