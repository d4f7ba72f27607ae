import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ScreeningPanel } from '../features/screening';
import { DebatePanel } from '../features/debate';
import { PledgesPanel } from '../features/pledges';
import { PollsPanel } from '../features/polls';
import { SyncPanel, SyncBadge } from '../features/sync';
import { ReportsPanel } from '../features/reports';
import { ClosingPanel } from '../features/closing';
import { SettingsPanel } from '../features/settings';
import { SECTIONS, type Section } from '../ui/navigation';
import { go, useRoute } from './route';
import { StorageWarning } from './StorageWarning';
import { AppErrorBoundary } from './AppErrorBoundary';

const PANELS: Record<Section, () => React.JSX.Element> = {
  screening: ScreeningPanel,
  debate: DebatePanel,
  polls: PollsPanel,
  pledges: PledgesPanel,
  closing: ClosingPanel,
  sync: SyncPanel,
  reports: ReportsPanel,
  settings: SettingsPanel,
};

/** The facilitator's screen: one section at a time, the language switch always in reach. */
export function ConsoleShell() {
  const { t } = useTranslation();
  const { section: current } = useRoute();
  const Panel = PANELS[current];
  return (
    <div className="console">
      <header className="console__bar">
        <h1 className="console__title">{t('common:appName')}</h1>
        <nav className="console__nav" aria-label={t('common:nav.label')}>
          {SECTIONS.map((s) => (
            <button
              key={s}
              type="button"
              aria-current={s === current ? 'page' : undefined}
              onClick={() => go('console', s)}
            >
              {t(`common:nav.${s}`)}
            </button>
          ))}
        </nav>
        <SyncBadge />
        <LanguageSwitch />
      </header>
      <main className="console__main">
        <StorageWarning />
        {/* A section that fails to render leaves the navigation and the other sections usable. */}
        <AppErrorBoundary role="console" section={current}>
          <Panel />
        </AppErrorBoundary>
      </main>
    </div>
  );
}
