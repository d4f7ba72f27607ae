import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { writeErrorCode } from '../../data/errors';
import { useLive } from '../../data/use-live';
import type { ErrorCode } from '@shared/result';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { getRetentionDays, setRetentionDays } from './device';

/** Settings: erase pledge contact details from this kiosk N days after they reached the collector. */
export function RetentionSetting() {
  const { t } = useTranslation('sync');
  const id = useId();
  const stored = useLive(getRetentionDays, [], null);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | 'invalid' | null>(null);
  const [saved, setSaved] = useState(false);
  if (stored === null) return null;
  const value = draft ?? String(stored);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const days = Number(value);
    if (!/^\d{1,4}$/.test(value.trim()) || days > 3650) return setError('invalid');
    setError(null);
    setRetentionDays(days).then(
      () => (setSaved(true), setDraft(null)),
      (err: unknown) => setError(writeErrorCode(err)),
    );
  };
  return (
    <form className="card sync-card" onSubmit={save} aria-labelledby="sync-retention">
      <h3 id="sync-retention">{t('retention.title')}</h3>
      <div className="field">
        <label htmlFor={id}>{t('retention.days')}</label>
        <input
          id={id}
          inputMode="numeric"
          value={value}
          onChange={(e) => (setDraft(e.target.value), setSaved(false))}
        />
        <p className="sync-card__small">{t('retention.hint')}</p>
      </div>
      {error === 'invalid' ? (
        <p role="alert" className="alert">
          {t('retention.invalid')}
        </p>
      ) : (
        <ErrorMessage code={error} />
      )}
      {saved ? <p role="status">{t('retention.saved')}</p> : null}
      <button type="submit">
        <LineIcon name="check" />
        {t('common:actions.save')}
      </button>
    </form>
  );
}
