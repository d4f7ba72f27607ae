import type { PollIcon as PollIconName } from '@shared/records';
import { StrokeIcon } from '../../ui/LineIcon';
import { POLL_ICON_PATHS } from './poll-icon-paths';

export function PollIcon({ name, size = 64 }: { name: PollIconName; size?: number }) {
  return <StrokeIcon d={POLL_ICON_PATHS[name]} size={size} weight={1.6} className="icon poll-icon" />;
}
