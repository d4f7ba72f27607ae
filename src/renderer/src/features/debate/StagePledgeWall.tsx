import { useTranslation } from 'react-i18next';
import type { WallEntry } from '../../data/repos/pledges';
import { LineIcon } from '../../ui/LineIcon';
import { KIND_ICON } from '../../ui/pledge-kind-icon';

/** The newest pledges on the projector: an icon for the kind and a first name, if one was given. */
export function StagePledgeWall({ entries, compact = false }: { entries: WallEntry[]; compact?: boolean }) {
  const { t } = useTranslation('debate');
  if (entries.length === 0) return null;
  return (
    <ul className={compact ? 'stage__wall stage__wall--compact' : 'stage__wall'} aria-label={t('stage.wall')}>
      {entries.map((e) => (
        <li key={e.id}>
          <LineIcon name={KIND_ICON[e.kind]} size={compact ? 24 : 40} />
          <span>{e.firstName ?? t('stage.someone')}</span>
        </li>
      ))}
    </ul>
  );
}
