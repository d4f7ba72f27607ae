import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { afterPaint } from '../ui/after-paint';
import { SECTIONS } from '../ui/navigation';
import { preloadSection, SECTION_PANELS } from './console-sections';
import { go, useRoute } from './route';
import { StorageWarning } from './StorageWarning';
import { AppErrorBoundary } from './AppErrorBoundary';

// The sync engine (run by its badge) and the phone bridge start on their own, right after
// the first paint: the section in use paints first, and no section needs opening for them.
const SyncBadge = afterPaint(() => import('../features/sync/SyncBadge').then((m) => m.SyncBadge));
const Bridges = afterPaint(() => import('./ConsoleBridges').then((m) => m.ConsoleBridges));

/** The facilitator's screen: one section at a time, the language switch always in reach. */
export function ConsoleShell() {
  const { t } = useTranslation();
  const { section: current } = useRoute();
  const Panel = SECTION_PANELS[current].Component;
  return (
    <div className="console">
      {/* Phone entries are drained whichever section is open. */}
      <Bridges />
      <header className="console__bar">
        <h1 className="console__title">{t('common:appName')}</h1>
        <nav className="console__nav" aria-label={t('common:nav.label')}>
          {SECTIONS.map((s) => (
            <button
              key={s}
              type="button"
              aria-current={s === current ? 'page' : undefined}
              onClick={() => go('console', s)}
              onPointerEnter={() => void preloadSection(s).catch(() => undefined)}
              onFocus={() => void preloadSection(s).catch(() => undefined)}
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
          <Suspense fallback={null}>
            <Panel />
          </Suspense>
        </AppErrorBoundary>
      </main>
    </div>
  );
}
