import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX_CHARS } from '../../data/repos/questions';
import { DISMISS_REASONS } from './reasons';

/**
 * Dismissing, with an optional reason: one tap for a preset one, or typed. Enter on
 * the first button dismisses without a reason; Escape cancels.
 */
export function DismissForm({ onDismiss, onCancel }: { onDismiss: (reason?: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('debate');
  const [other, setOther] = useState('');
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="q-dismiss"
      role="group"
      aria-label={t('dismiss.title')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        e.stopPropagation();
      }}
    >
      <button ref={first} type="button" className="danger" onClick={() => onDismiss()}>
        {t('dismiss.noReason')}
      </button>
      {DISMISS_REASONS.map((r) => (
        <button key={r} type="button" className="danger" onClick={() => onDismiss(r)}>
          {t(`dismiss.${r}`)}
        </button>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (other.trim()) onDismiss(other);
        }}
      >
        <label>
          <span>{t('dismiss.other')}</span>
          <input value={other} maxLength={REASON_MAX_CHARS} onChange={(e) => setOther(e.target.value)} />
        </label>
        <button type="submit" className="danger" disabled={!other.trim()}>
          {t('dismiss.confirm')}
        </button>
      </form>
      <button type="button" onClick={onCancel}>
        {t('common:actions.cancel')}
      </button>
    </div>
  );
}
