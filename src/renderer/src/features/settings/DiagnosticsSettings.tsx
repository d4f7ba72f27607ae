import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '@shared/result';
import type { SavedFile } from '@shared/bridge';
import { kiosk } from '../../platform';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { rendererFacts } from './diagnostics-facts';

/** Settings → "Save diagnostics": one file for IOM's support, on a folder or stick of the facilitator's choice. */
export function DiagnosticsSettings() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result<SavedFile> | null>(null);
  const save = async () => {
    setBusy(true);
    setResult(null);
    const r = await kiosk.diagnostics.save(await rendererFacts());
    setBusy(false);
    setResult(r);
  };
  return (
    <section className="card" aria-labelledby="diagnostics-title">
      <h3 id="diagnostics-title">{t('common:diagnostics.title')}</h3>
      <p>{t('common:diagnostics.hint')}</p>
      <div className="actions">
        <button type="button" onClick={() => void save()} disabled={busy}>
          {t('common:diagnostics.save')}
        </button>
      </div>
      {result?.ok && (
        <p className="notice" role="status">
          {result.value.path
            ? t('common:diagnostics.saved', { path: result.value.path })
            : t('common:diagnostics.downloaded')}
        </p>
      )}
      {result && !result.ok && result.code !== 'cancelled' && <ErrorMessage code={result.code} />}
    </section>
  );
}
