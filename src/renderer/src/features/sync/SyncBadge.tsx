import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../ui/navigation';
import { formatNumber } from '../../i18n/format';
import { LineIcon, type LineIconName } from '../../ui/LineIcon';
import { useSyncEngineRunning, useSyncProgress } from './engine-instance';
import { useSyncState } from './use-sync-state';
import './sync.css';
import { useLang } from '../../i18n/use-lang';

type Tone = 'ok' | 'busy' | 'waiting' | 'error' | 'off';
const ICONS: Record<Tone, LineIconName> = { ok: 'check', busy: 'upload', waiting: 'clock', error: 'flag', off: 'dots' };

/**
 * The console header's sync light: up to date, how many changes wait, sending with its
 * percentage, or a failure. Also keeps the engine running while the console is open.
 * Opens the Sync section when pressed.
 */
export function SyncBadge() {
  useSyncEngineRunning();
  const { t } = useTranslation('sync');
  const lang = useLang();
  const go = useNavigate();
  const progress = useSyncProgress();
  const { pending, status, device } = useSyncState();
  const n = (v: number) => formatNumber(v, lang);
  let tone: Tone;
  let text: string;
  if (device === null) [tone, text] = ['off', t('badge.notEnrolled')];
  else if (progress.running && progress.total > 0) {
    [tone, text] = ['busy', t('badge.sending', { percent: Math.floor((100 * progress.sent) / progress.total) })];
  } else if (pending === 0) [tone, text] = ['ok', t('badge.upToDate')];
  else if (status.lastError) [tone, text] = ['error', t('badge.failed', { n: n(pending) })];
  else [tone, text] = ['waiting', t('badge.pending', { n: n(pending) })];
  return (
    <button
      type="button"
      className={`sync-badge sync-badge--${tone}`}
      data-testid="sync-badge"
      aria-label={`${t('badge.label')} : ${text}`}
      title={text}
      onClick={() => go('console', 'sync')}
    >
      <LineIcon name={ICONS[tone]} />
      <span>{text}</span>
    </button>
  );
}
