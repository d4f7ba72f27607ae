import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { textLength } from '../data/repos/entry-text';
import { formatNumber } from '../i18n/format';
import { useLang } from '../i18n/use-lang';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  fieldRef: RefObject<HTMLTextAreaElement | null>;
  /** Shown under the field, e.g. after a refused send. */
  children?: React.ReactNode;
}

/**
 * A large text box with a visible count against the limit. Nothing is ever cut: text
 * over the limit (typed or pasted) stays, marked, with a message saying by how much
 * (the only one: the flows do not repeat a refused send's `too_long` under it).
 * `inputMode="none"` keeps a tablet's own keyboard away; the on-screen one types here.
 */
export function TextEntry({ label, value, onChange, max, fieldRef, children }: Props) {
  const { t } = useTranslation('attendee');
  const lang = useLang();
  const id = useId();
  const count = textLength(value.normalize('NFC'));
  const over = count > max;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <div className="entry">
      <div className="entry__head">
        {/* The field's label is the screen's heading: one line saved for the keyboard. */}
        <h2 className="entry__title">
          <label htmlFor={id}>{label}</label>
        </h2>
        {/* Over the limit, the count becomes the one message saying by how much, on the
            same line: nothing pushes the on-screen keyboard (and its erase key) down. */}
        {over ? (
          <p id={`${id}-count`} className="entry__count entry__count--over" role="alert">
            {t('text.tooLong', { count, formatted: n(count), max: n(max), over: n(count - max) })}
          </p>
        ) : (
          <p id={`${id}-count`} className="entry__count">
            {t('text.count', { count, formatted: n(count), max: n(max) })}
          </p>
        )}
      </div>
      <textarea
        id={id}
        ref={fieldRef}
        className="entry__text"
        rows={3}
        inputMode="none"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={over}
        aria-describedby={`${id}-count`}
        onChange={(e) => onChange(e.target.value)}
      />
      {children}
    </div>
  );
}
