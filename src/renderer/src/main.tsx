// Latin and Latin Extended only: Latin Extended carries ŋ, the rest of the family is unused weight.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import './ui/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SCREENS } from './app/screens';
import { preloadSection } from './app/console-sections';
import { logUncaughtErrors } from './app/error-log';
import { go, parseHash } from './app/route';
import { NavigationContext } from './ui/navigation';
import { whenIdle } from './ui/when-idle';
import { isThisWindowLocked, relockOnStart } from './features/attendee/kiosk-lock';
import { LOCK_GATE } from './app/lock-gate';
import { initI18n, loadSoon } from './i18n';
import { requestPersistence } from './data/persistence';

async function start(): Promise<void> {
  logUncaughtErrors();
  const { role, section } = parseHash(location.hash);
  // Before the first paint: a console left in the public's hands must not flash its data.
  // The lock is checked (the console opens the database for it) while the strings, the
  // window's own screen and the console's open section load, all at once: none waits for
  // another (the code is only loaded here; nothing shows before the lock is known).
  const relocked = relockOnStart(role).catch(() => undefined);
  const strings = initI18n(role);
  const ready = Promise.all([SCREENS[role].preload(), role === 'console' ? preloadSection(section) : null]);
  await strings;
  await relocked;
  // A locked console or stage shows the PIN pad from its first paint.
  if (role !== 'kiosk' && isThisWindowLocked()) await LOCK_GATE.preload().catch(() => undefined);
  await ready.catch(() => undefined); // a chunk that fails to load fails in render, where the error screen is
  void requestPersistence();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <NavigationContext value={go}>
        <App />
      </NavigationContext>
    </StrictMode>,
  );
  // The strings of the screen's next steps come once it is up (any other loads when shown).
  whenIdle(() => void loadSoon(role).catch(() => undefined));
}

void start();
