import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ROWS, shifted, type Key } from './layout';
import { isTextField, typeInto } from './insert';
import './keyboard.css';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/**
 * An on-screen keyboard for touch screens, with every Wolof letter and the French
 * accents. It types into the text field that has (or last had) focus, else `fallback`,
 * and never takes focus itself, so the caret stays where the attendee put it and a
 * physical keyboard keeps working alongside. Keys are at least 48 px.
 */
export function OnScreenKeyboard({ fallback }: { fallback: RefObject<TextField | null> }) {
  const { t } = useTranslation('attendee');
  const [shift, setShift] = useState(false);
  const last = useRef<TextField | null>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      if (isTextField(e.target as Element)) last.current = e.target as TextField;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  const target = (): TextField | null => {
    const active = document.activeElement;
    if (isTextField(active)) return active;
    if (last.current?.isConnected) return last.current;
    return fallback.current;
  };

  const press = (key: Key) => {
    if ('special' in key && key.special === 'shift') return setShift((s) => !s);
    const field = target();
    if (!field) return;
    if (document.activeElement !== field) field.focus();
    if ('char' in key) typeInto(field, shifted(key.char, shift));
    else if (key.special === 'backspace') typeInto(field, '', true);
    else if (key.special === 'space') typeInto(field, ' ');
    setShift(false);
  };

  return (
    <div className="osk" role="group" aria-label={t('keyboard.label')}>
      {ROWS.map((row, i) => (
        <div key={i} className="osk__row">
          {row.map((key) => (
            <KeyButton key={'char' in key ? key.char : key.special} k={key} shift={shift} onPress={press} />
          ))}
        </div>
      ))}
    </div>
  );
}

function KeyButton({ k, shift, onPress }: { k: Key; shift: boolean; onPress: (k: Key) => void }) {
  const { t } = useTranslation('attendee');
  const label = 'char' in k ? shifted(k.char, shift) : t(`keyboard.${k.special}`);
  const wide = 'special' in k ? `osk__key--${k.special}` : '';
  return (
    <button
      type="button"
      tabIndex={-1}
      className={`osk__key ${wide}`}
      aria-label={label}
      aria-pressed={'special' in k && k.special === 'shift' ? shift : undefined}
      // Keep focus (and the caret) in the field being typed into.
      onPointerDown={(e) => e.preventDefault()}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onPress(k)}
    >
      {'char' in k ? label : <SpecialGlyph k={k.special} />}
    </button>
  );
}

const GLYPH: Record<string, string> = { shift: '⇧', backspace: '⌫', space: '␣', enter: '⏎' };

function SpecialGlyph({ k }: { k: string }) {
  return <span aria-hidden="true">{GLYPH[k]}</span>;
}
