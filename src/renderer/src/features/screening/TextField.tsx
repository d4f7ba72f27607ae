import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from './screening-input';

interface Props {
  label: string;
  hint?: string;
  value: string;
  error?: FieldError | null;
  /** Interpolated into the error message (e.g. the maximum length). */
  limit?: number;
  type?: 'text' | 'date';
  required?: boolean;
  onChange: (value: string) => void;
}

/** A labelled input whose error is read out with it (aria-describedby) and marked invalid. */
export function TextField({ label, hint, value, error, limit, type = 'text', required, onChange }: Props) {
  const { t } = useTranslation('screening');
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <small id={`${id}-hint`} className="field__hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field__error">
          {t(`form.errors.${error}`, { max: limit })}
        </small>
      )}
    </div>
  );
}
