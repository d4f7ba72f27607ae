import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SCREENS } from './screens';
import { AppErrorBoundary } from './AppErrorBoundary';
import { useRoute } from './route';
import { afterPaint } from '../ui/after-paint';
import { useKioskLocked } from '../features/attendee/kiosk-lock';
import { LOCK_GATE } from './lock-gate';

// Displays kept awake while a screening is open: it reads the database, so after the first paint.
const KeepAwake = afterPaint(() => import('./use-keep-awake').then((m) => m.KeepAwake));

export function App() {
  const { role } = useRoute();
  const { t } = useTranslation();
  const locked = useKioskLocked();
  useEffect(() => {
    document.title = t(`common:roles.${role}`);
    document.body.dataset.role = role;
  }, [role, t]);
  return (
    <AppErrorBoundary role={role}>
      <KeepAwake />
      <Suspense fallback={null}>{screenFor(role, locked)}</Suspense>
    </AppErrorBoundary>
  );
}

function screenFor(role: ReturnType<typeof useRoute>['role'], locked: boolean) {
  // A window in attendee-kiosk mode shows nothing else until the facilitator PIN is given.
  if (locked && role !== 'kiosk') return <LOCK_GATE.Component />;
  const Screen = SCREENS[role].Component;
  return <Screen />;
}
