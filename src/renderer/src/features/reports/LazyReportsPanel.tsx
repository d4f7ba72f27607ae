import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// Charts, QR codes and spreadsheets weigh more than the rest of the console together:
// they load when the Reports section is first opened, not at start-up.
const Panel = lazy(() => import('./ReportsTabs').then((m) => ({ default: m.ReportsTabs })));

export function ReportsPanel() {
  const { t } = useTranslation('reports');
  return (
    <Suspense fallback={<p role="status">{t('loading')}</p>}>
      <Panel />
    </Suspense>
  );
}
