import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SCREENS } from './screens';
import { AppErrorBoundary } from './AppErrorBoundary';
import { useRoute } from './route';
import { useKeepAwake } from './use-keep-awake';
import { KioskLockGate, useKioskLocked } from '../features/attendee';

export function App() {
  const { role } = useRoute();
  useKeepAwake();
  const { t } = useTranslation();
  const locked = useKioskLocked();
  useEffect(() => {
    document.title = t(`common:roles.${role}`);
    document.body.dataset.role = role;
  }, [role, t]);
  return (
    <AppErrorBoundary role={role}>
      <Suspense fallback={null}>{screenFor(role, locked)}</Suspense>
    </AppErrorBoundary>
  );
}

function screenFor(role: ReturnType<typeof useRoute>['role'], locked: boolean) {
  // A window in attendee-kiosk mode shows nothing else until the facilitator PIN is given.
  if (locked && role !== 'kiosk') return <KioskLockGate />;
  const Screen = SCREENS[role].Component;
  return <Screen />;
}
