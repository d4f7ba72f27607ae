import type { ErrorInfo, ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shared/bridge';
import { logError } from './error-log';
import { go } from './route';

/**
 * A render error shows a calm screen in the reader's language, never a white page, and
 * is written to the log. "Start again" goes back to the first screen of this window's
 * role (the attendee welcome, the console's home), where the facilitator can carry on.
 */
export function AppErrorBoundary({ role, children }: { role: Role; children: ReactNode }) {
  const onError = (error: unknown, info: ErrorInfo) => {
    const where = info.componentStack?.trim().split('\n')[0]?.trim() ?? '';
    logError(`render error on ${location.hash || '#/'}`, error, where);
  };
  return (
    <ErrorBoundary FallbackComponent={(props) => <Fallback {...props} role={role} />} onError={onError}>
      {children}
    </ErrorBoundary>
  );
}

function Fallback({ resetErrorBoundary, role }: FallbackProps & { role: Role }) {
  const { t } = useTranslation();
  return (
    <main className="crash-screen" role="alert" aria-labelledby="crash-title">
      <h1 id="crash-title">{t('common:crash.title')}</h1>
      <p>{t('common:crash.body')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          go(role);
          resetErrorBoundary();
        }}
      >
        {t('common:crash.again')}
      </button>
    </main>
  );
}
