import type { ErrorInfo, ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shared/bridge';
import { StringsMissing } from '../i18n/failed-strings';
import { logError } from './error-log';
import type { Section } from '../ui/navigation';
import { go } from './route';
import { StringsFallback } from './StringsFallback';
import { AlertScreen } from './AlertScreen';

interface Props {
  role: Role;
  /** A console section keeps its place (the rest of the console stays usable); none means the role's first screen. */
  section?: Section;
  children: ReactNode;
}

/**
 * A render error shows a calm screen in the reader's language, never a white page, and
 * is written to the log. "Start again" reloads the window: at the console section it
 * happened in, or at the first screen of this window's role (the attendee welcome, the
 * stage; a locked kiosk stays locked, its lock outlives a reload).
 */
export function AppErrorBoundary({ role, section, children }: Props) {
  const onError = (error: unknown, info: ErrorInfo) => {
    if (error instanceof StringsMissing) return void console.warn(error.message); // the retry follows
    const where = info.componentStack?.trim().split('\n')[0]?.trim() ?? '';
    logError(`render error on ${location.hash || '#/'}`, error, where);
  };
  return (
    <ErrorBoundary
      FallbackComponent={(props) => <Fallback {...props} role={role} section={section} />}
      onError={onError}
      resetKeys={[role, section]}
    >
      {children}
    </ErrorBoundary>
  );
}

function Fallback({ role, section, error, resetErrorBoundary }: FallbackProps & Omit<Props, 'children'>) {
  const { t } = useTranslation();
  // Strings that failed to load are not a crash: asked for again, the screen comes back as it was.
  if (error instanceof StringsMissing) return <StringsFallback onLoaded={resetErrorBoundary} />;
  return (
    <AlertScreen
      id="crash-title"
      title={t('common:crash.title')}
      body={t('common:crash.body')}
      action={t('common:crash.again')}
      onAction={() => {
        // A fresh start of this window: what it held in memory (caches, half-done state) goes too.
        if (role === 'console') go(role, section ?? 'screening');
        else go(role);
        location.reload();
      }}
    />
  );
}
