import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanText, NAME_MAX_CHARS, textLength } from '../data/repos/entry-text';
import { LineIcon } from './LineIcon';

/** An optional first name, typed with the on-screen keyboard or a physical one. */
interface Props {
  label: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}

export function NameField({ label, hint, value, onChange, inputRef }: Props) {
  const { t } = useTranslation('attendee');
  const id = useId();
  const tooLong = textLength(cleanText(value)) > NAME_MAX_CHARS;
  return (
    <div className="entry entry--name">
      <label htmlFor={id} className="entry__label">
        <LineIcon name="user" size={32} /> {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        className="entry__name"
        inputMode="none"
        autoComplete="off"
        value={value}
        aria-invalid={tooLong}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="entry__hint">
        {hint}
      </p>
      {tooLong && (
        <p className="alert" role="alert">
          {t('text.nameTooLong', { max: NAME_MAX_CHARS })}
        </p>
      )}
    </div>
  );
}
